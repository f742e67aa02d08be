import ArgumentParser
import Foundation
import Policy
import App
import Logging
import Storage

/// `cataclysm policy lint | explain`.
struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy", abstract: "Check and explain the access policy.", subcommands: [Lint.self, Explain.self])

    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load Policies/ strictly, compare the bindings with the app's router, run the decision cases.")
        @Option(help: "The Policies folder.") var dir: String?

        func run() async throws {
            let bundle = try PolicyCommand.loadBundle(dir)
            let app = try await RouterRoutes.load(engine: bundle.engine)
            var report = PolicyLinter.lint(bundle, routerRoutes: app.keys, appGateActions: app.gateActions)
            report.problems += app.wiringProblems(bundle)
            print(report.text)
            if !report.isClean { throw ExitCode(1) }
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trace one decision.",
            discussion: """
                --as anonymous | user:ID[,role=instructor][,admin=true][,instructs=A|B][,org=ORG=ROLE] | share:LINK[,session=ID]
                --on KIND[:ID][,owner=USER][,org=ORG]   (use KIND:missing for a resource that does not exist)
                Example: cataclysm policy explain --as user:morgan,role=instructor,instructs=alex --do session.read --on session:s1,owner=alex
                """)
        @Option(name: .customLong("as"), help: "The principal.") var principal: String
        @Option(name: .customLong("do"), help: "The action, e.g. session.read.") var action: String
        @Option(name: .customLong("on"), help: "The resource.") var resource: String
        @Option(help: "The Policies folder.") var dir: String?

        func run() throws {
            let bundle = try PolicyCommand.loadBundle(dir)
            let trace = bundle.engine.explain(
                try ExplainArguments.principal(principal), action, try ExplainArguments.resource(resource))
            print(trace.text)
        }
    }

    static func loadBundle(_ dir: String?) throws -> PolicyBundle {
        let environment = ProcessInfo.processInfo.environment
        guard let url = dir.map({ URL(fileURLWithPath: $0) }) ?? PolicyBundle.locateDirectory(environment: environment) else {
            throw ValidationError("Policies/ folder not found; pass --dir")
        }
        do { return try PolicyBundle.load(directory: url) } catch {
            throw ValidationError("\(error)")
        }
    }
}

/// Parses the compact principal/resource notation of `policy explain`.
enum ExplainArguments {
    static func principal(_ text: String) throws -> Principal {
        let parts = text.split(separator: ",").map(String.init)
        guard let head = parts.first else { throw ValidationError("empty --as") }
        let kindAndID = head.split(separator: ":", maxSplits: 1).map(String.init)
        guard let kind = Principal.Kind(rawValue: kindAndID[0]) else {
            throw ValidationError("--as must start with anonymous, user:ID or share:LINK")
        }
        var principal = Principal(kind: kind)
        if kind == .user { principal.userID = kindAndID.count > 1 ? kindAndID[1] : nil; principal.platformRole = "driver" }
        if kind == .share { principal.shareLinkID = kindAndID.count > 1 ? kindAndID[1] : nil }
        for part in parts.dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw ValidationError("expected key=value, got '\(part)'") }
            switch pair[0] {
            case "role": principal.platformRole = pair[1]
            case "admin": principal.isPlatformAdmin = pair[1] == "true"
            case "instructs": principal.activeStudentIDs.formUnion(pair[1].split(separator: "|").map(String.init))
            case "org":
                let org = pair[1].split(separator: "=").map(String.init)
                guard org.count == 2 else { throw ValidationError("org takes ORG=ROLE") }
                principal.orgRoles[org[0]] = org[1]
            case "session": principal.sharedSessionID = pair[1]
            default: throw ValidationError("unknown principal attribute '\(pair[0])'")
            }
        }
        return principal
    }

    static func resource(_ text: String) throws -> ResourceFacts? {
        let parts = text.split(separator: ",").map(String.init)
        guard let head = parts.first else { throw ValidationError("empty --on") }
        let kindAndID = head.split(separator: ":", maxSplits: 1).map(String.init)
        if kindAndID.count > 1, kindAndID[1] == "missing" { return nil }
        var facts = ResourceFacts(kind: kindAndID[0], id: kindAndID.count > 1 ? kindAndID[1] : nil)
        for part in parts.dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw ValidationError("expected key=value, got '\(part)'") }
            switch pair[0] {
            case "owner": facts.ownerID = pair[1]
            case "org": facts.orgID = pair[1]
            default: throw ValidationError("unknown resource attribute '\(pair[0])'")
            }
        }
        return facts
    }
}

/// The app's wiring (declared routes, gate actions, resource kinds), built over a throwaway in-memory database.
enum RouterRoutes {
    static func load(engine: PolicyEngine) async throws -> CompositionRoot {
        var logger = Logger(label: "cataclysm.policy")
        logger.logLevel = .critical
        let environment = ProcessInfo.processInfo.environment
        guard let migrations = Migrator.locateDirectory(environment: environment, cwd: FileManager.default.currentDirectoryPath)
        else { throw ValidationError("Migrations/ folder not found (set MIGRATIONS_DIR)") }
        let database = try await DatabaseFactory.open(url: "sqlite::memory:", logger: logger)
        defer { Task { try? await database.close() } }
        _ = try await Migrator(database: database, directory: migrations, logger: logger).migrate()
        return CompositionRoot.wire(config: AppConfig(), database: database, logger: logger, engine: engine)
    }
}

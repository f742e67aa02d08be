import App
import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Policy
import Storage

/// `cataclysm serve`: configuration from the environment, migrate, then serve until SIGTERM/SIGINT.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the HTTP server (configuration from the environment).")

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let config = try StartupConfig.load(environment)
        let logger = Logging.bootstrapJSON(level: config.logLevel)
        if config.devAuthBypass {
            logger.warning("DEV_AUTH_BYPASS is on: every request is authenticated as a test user without any check")
        }
        for warning in config.startupWarnings { logger.warning("\(warning)") }
        let database = try await StartupConfig.openMigrated(config: config, environment: environment, logger: logger)
        do {
            guard let policies = PolicyBundle.locateDirectory(environment: environment) else {
                throw StartupError(description: "Policies/ folder not found (set POLICIES_DIR)")
            }
            let app = try await buildApplication(config: config, logger: logger, database: database, policyDirectory: policies)
            try await app.application.runService(gracefulShutdownSignals: [.sigterm, .sigint])
            try await database.close()
        } catch {
            try? await database.close()
            throw Failure.startup("\(error)")
        }
    }
}

/// Shared start-up steps of the commands that touch the database.
enum StartupConfig {
    static func load(_ environment: [String: String]) throws -> AppConfig {
        do { return try AppConfig.fromEnvironment(environment) } catch { throw Failure.startup(error.description) }
    }

    static func openMigrated(config: AppConfig, environment: [String: String], logger: Logger) async throws -> any SQLDatabase {
        let database: any SQLDatabase
        do { database = try await DatabaseFactory.open(url: config.databaseURL, logger: logger) } catch {
            throw Failure.startup("DATABASE_URL: cannot open database: \(error)")
        }
        guard let directory = Migrator.locateDirectory(environment: environment, cwd: FileManager.default.currentDirectoryPath) else {
            try? await database.close()
            throw Failure.startup("Migrations/ folder not found (set MIGRATIONS_DIR)")
        }
        do {
            let applied = try await Migrator(database: database, directory: directory, logger: logger).migrate()
            if !applied.isEmpty { logger.info("migrations applied", metadata: ["names": "\(applied.joined(separator: ","))"]) }
        } catch {
            try? await database.close()
            throw Failure.startup("migration failed: \(error)")
        }
        return database
    }
}

/// A one-line failure printed to standard error with a non-zero exit.
enum Failure: Error, CustomStringConvertible {
    case startup(String)
    case usage(String)

    var description: String {
        switch self {
        case .startup(let text): return "cataclysm: \(text)"
        case .usage(let text): return "cataclysm: \(text)"
        }
    }
}

enum Logging {
    static func bootstrapJSON(level: Logger.Level) -> Logger {
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        return Logger(label: "cataclysm")
    }
}

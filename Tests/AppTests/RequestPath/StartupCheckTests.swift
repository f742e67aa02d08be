import Foundation
import Logging
import Testing
import App
import TestSupport

/// The server refuses to start when Policies/routes.yaml and the routes declared in code disagree.
@Suite struct StartupCheckTests {
    /// A copy of the repository's Policies/ with one edit to routes.yaml.
    static func policies(editing routes: (String) -> String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policies-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestPaths.policies, to: directory)
        let file = directory.appendingPathComponent("routes.yaml")
        try routes(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        return directory
    }

    static func startupProblem(_ policies: URL) async throws -> String? {
        defer { try? FileManager.default.removeItem(at: policies) }
        return try await TestDatabase.with { database, _ in
            do {
                _ = try await buildApplication(config: AppConfig(), logger: Logger(label: "test"), database: database,
                                               policyDirectory: policies)
                return nil
            } catch let error as StartupError {
                return error.description
            }
        }
    }

    @Test func aBindingToAnotherKindThanTheHandlerReceivesStopsStartup() async throws {
        let laps = #"{ route: "GET /api/sessions/{session_id}/laps", action: session.read, resource: { kind: session, param: session_id } }"#
        let policies = try Self.policies { text in
            text.replacingOccurrences(of: laps, with: #"{ route: "GET /api/sessions/{session_id}/laps", action: session.list, resource: { kind: account } }"#)
        }
        let problem = try await Self.startupProblem(policies)
        #expect(problem?.contains("'GET /api/sessions/{session_id}/laps' is bound to kind 'account' but its handler receives 'session'") == true,
                "\(problem ?? "started")")
    }

    @Test func aRouteWithoutBindingStopsStartup() async throws {
        let policies = try Self.policies { text in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("\"GET /api/sessions/{session_id}/grip\"") }.joined(separator: "\n")
        }
        let problem = try await Self.startupProblem(policies)
        #expect(problem?.contains("router: route 'GET /api/sessions/{session_id}/grip' has no policy binding") == true,
                "\(problem ?? "started")")
    }

    @Test func theRepositorysPoliciesStart() async throws {
        #expect(try await Self.startupProblem(try Self.policies { $0 }) == nil)
    }
}

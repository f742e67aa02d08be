import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Storage
import TestSupport

/// The tenancy stage loads a user and nothing else; the policy stage loads org roles or instructor links only for a
/// decision that reads them (issue #10 item 4).
@Suite struct TenancyOnDemandTests {
    /// The statements of the two relationship providers (a caller's org roles, a caller's active students).
    static func relationshipQueries(_ statements: [String]) -> [String] {
        statements.filter { $0.contains(orgRoles) || $0.contains(activeStudents) }
    }
    static let orgRoles = "FROM org_memberships WHERE user_id"
    static let activeStudents = "FROM instructor_links WHERE instructor_id"


    @Test func ownerReadingTheirSessionLoadsNoRelationship() async throws {
        let log = LogBox()
        try await withTestApp(database: log.wrap) { client, world in
            // given
            let id = try await world.seed("barber_2026-02-15_intermediate", as: .driverA, client: client)
            _ = try await client.execute(uri: "/api/sessions/\(id)", method: .get, headers: world.headers(.driverA))
            log.database?.reset()
            // when
            let response = try await client.execute(uri: "/api/sessions/\(id)", method: .get, headers: world.headers(.driverA))
            // then
            #expect(response.status == .ok)
            // the coaching runner's poll for queued reports, the file compactor's pass (woken by the seed upload) and the
            // LLM routing reload (at start, then every 30 s) may land in the window; they are not the request's
            let statements = (log.database?.recorded ?? []).filter {
                !$0.contains("WHERE status = 'generating'") && !$0.contains("session_files") && !$0.contains("runtime_settings")
                    && !$0.contains("llm_task_routes")
            }
            #expect(Self.relationshipQueries(statements).isEmpty, "\(statements)")
            // the user, the session row, and its equipment, weather and lap tags (one query); the telemetry and its
            // analysis come from memory
            #expect(statements.count == 3, "\(statements)")
            #expect(statements.last?.contains("lap_tags") == true && statements.last?.contains("session_weather") == true,
                    "\(statements)")
        }
    }

    /// A route open to every caller (health, reference data) skips authentication and the user lookup: a signed-in
    /// caller's health check runs its own ping and nothing else (no user row is made), and even credentials that do not verify get 200.
    @Test func openRoutesLookUpNoUser() async throws {
        let log = LogBox()
        try await withTestApp(database: log.wrap) { client, world in
            log.database?.reset()
            let health = try await client.execute(uri: "/health", method: .get, headers: world.headers(.driverA))
            let tyres = try await client.execute(uri: "/api/equipment/tires/search?q=RE-71", method: .get, headers: world.headers(.driverA))
            let forged = try await client.execute(uri: "/health", method: .get, headers: [.authorization: "Bearer not-a-token"])
            #expect(health.status == .ok && tyres.status == .ok && forged.status == .ok)
            // before, each signed-in request looked its user up (and made the row on first sight)
            let statements = log.database?.recorded ?? []
            #expect(!statements.contains { $0.contains("auth_subjects") || $0.contains("users") }, "\(statements)")
        }
    }

    @Test func linkedInstructorReadingAStudentsSessionLoadsTheLinks() async throws {
        let log = LogBox()
        try await withTestApp(database: log.wrap) { client, world in
            // given
            let id = try await world.seed("barber_2026-02-15_intermediate", as: .driverA, client: client)
            try await TestAPI(client: client, world: world).link(.driverA, to: .instructor)
            log.database?.reset()
            // when
            let response = try await client.execute(uri: "/api/sessions/\(id)", method: .get, headers: world.headers(.instructor))
            // then
            #expect(response.status == .ok)
            let relationship = Self.relationshipQueries(log.database?.recorded ?? [])
            #expect(relationship.count == 1 && relationship[0].contains(Self.activeStudents), "\(relationship)")
        }
    }

    @Test func addingAnOrgMemberLoadsTheCallersRoles() async throws {
        let log = LogBox()
        try await withTestApp(database: log.wrap) { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            try await api.createOrg("tenancy", as: .orgOwner)
            let student = try await api.userID(.driverB)
            log.database?.reset()
            // when
            let response = try await api.send(.post, "/api/orgs/tenancy/members", as: .orgOwner,
                                              json: ["user_id": student, "role": "student"])
            // then
            #expect(response.status == .ok)
            let relationship = Self.relationshipQueries(log.database?.recorded ?? [])
            #expect(relationship.count == 1 && relationship[0].contains(Self.orgRoles), "\(relationship)")
        }
    }
}

/// Holds the logging wrapper `withTestApp` builds around the test's database.
final class LogBox: @unchecked Sendable {
    private(set) var database: StatementLog?

    func wrap(_ database: any SQLDatabase) -> any SQLDatabase {
        let log = StatementLog(database)
        self.database = log
        return log
    }
}

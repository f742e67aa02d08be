import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// Platform operators (`ADMIN_EMAILS`) grant and remove the instructor role through the API (weak point 17);
/// everyone else meets `403 Admin access required` from the policy, before any user is looked up.
@Suite struct AdminAPITests {
    static func configure(_ config: inout AppConfig) { config.adminEmails = [TestWorld.Persona.operator.email] }

    static func setRole(_ client: any TestClientProtocol, _ world: TestWorld, as persona: TestWorld.Persona,
                        user: String, body: String) async throws -> TestResponse {
        try await client.execute(uri: "/api/admin/users/\(user)/role", method: .put,
                                 headers: world.headers(persona, [.contentType: "application/json"]), body: ByteBuffer(string: body))
    }

    @Test func anOperatorGrantsAndRemovesTheInstructorRole() async throws {
        try await withTestApp(configure: Self.configure) { client, world in
            let driver = try await TestAPI(client: client, world: world).userID(.driverB)
            let granted = try await Self.setRole(client, world, as: .operator, user: driver, body: #"{"role": "instructor"}"#)
            #expect(granted.status == .ok)
            #expect(try granted.decode(UserProfile.self).role == "instructor")
            let invite = try await client.execute(uri: "/api/instructor/invite", method: .post, headers: world.headers(.driverB))
            #expect(invite.status == .ok || invite.status == .created, "the new instructor creates invites: \(invite.text)")
            let removed = try await Self.setRole(client, world, as: .operator, user: driver, body: #"{"role": "driver"}"#)
            #expect(try removed.decode(UserProfile.self).role == "driver")
            let refused = try await client.execute(uri: "/api/instructor/invite", method: .post, headers: world.headers(.driverB))
            #expect(refused.status == .forbidden)
            #expect(refused.detail == "Instructor role required")
        }
    }

    @Test func nobodyElseMayChangeRolesNorLearnWhoExists() async throws {
        try await withTestApp(configure: Self.configure) { client, world in
            try await world.setRole(.instructor, .instructor, client: client)
            let driver = try await TestAPI(client: client, world: world).userID(.driverB)
            for persona in [TestWorld.Persona.driverA, .instructor] {
                for user in [driver, "no-such-user"] {
                    let response = try await Self.setRole(client, world, as: persona, user: user, body: #"{"role": "instructor"}"#)
                    #expect(response.status == .forbidden, "\(persona) on \(user)")
                    #expect(response.detail == "Admin access required")
                }
            }
            let anonymous = try await Self.setRole(client, world, as: .anonymous, user: driver, body: #"{"role": "instructor"}"#)
            #expect(anonymous.status == .unauthorized)
            let gate = try await client.execute(uri: "/api/admin/me", method: .get, headers: world.headers(.driverA))
            #expect(gate.status == .forbidden)
        }
    }

    @Test func badRequestsAreClear4xx() async throws {
        try await withTestApp(configure: Self.configure) { client, world in
            let driver = try await TestAPI(client: client, world: world).userID(.driverB)
            let unknown = try await Self.setRole(client, world, as: .operator, user: "no-such-user", body: #"{"role": "instructor"}"#)
            #expect(unknown.status == .notFound)
            #expect(unknown.detail == "User not found")
            let badRole = try await Self.setRole(client, world, as: .operator, user: driver, body: #"{"role": "admin"}"#)
            #expect(badRole.status == .unprocessableContent)
            #expect(badRole.detail == "Invalid role 'admin'. Allowed values: driver, instructor")
            let missing = try await Self.setRole(client, world, as: .operator, user: driver, body: "{}")
            #expect(missing.status == .unprocessableContent)
            let me = try await client.execute(uri: "/api/admin/me", method: .get, headers: world.headers(.operator))
            #expect(try me.decode(AdminIdentity.self).email == "operator@example.com")
        }
    }
}

import AuthJS
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

@Suite struct UserAPITests {
    @Test func meCreatesTheUserOnceAndKeepsTheId() async throws {
        try await withTestApp { client, world in
            // when
            let first = try await client.execute(uri: "/api/auth/me", method: .get, headers: world.headers(.driverA))
            let second = try await client.execute(uri: "/api/auth/me", method: .get, headers: world.headers(.driverA))
            // then
            let a = try first.decode(UserProfile.self)
            let b = try second.decode(UserProfile.self)
            #expect(first.status == .ok)
            #expect(a.id == b.id)
            #expect(a.email == "driver-a@example.com")
            #expect(a.skill_level == "intermediate")
            #expect(a.role == "driver")
            #expect(try first.decode(JSONShape.self).nullKeys == ["avatar_url"])
            #expect(first.text.contains(#""created_at":"\#(Timestamp.iso8601(a.created_at))""#))
            #expect(Timestamp.iso8601(a.created_at).hasSuffix("+00:00"))
        }
    }

    @Test func newSubWithAVerifiedSameEmailIsTheSameUser() async throws {
        try await withTestApp { client, _ in
            let minter = SessionTokenMinter(secret: testAuthSecret)
            let first = minter.mint(subject: "google-1", email: "sam@example.org", name: "Sam", picture: nil)
            let second = minter.mint(subject: "google-2", email: "Sam@Example.org", name: "Sam C", picture: "https://img/a.png",
                                     emailVerified: true)
            let a = try await client.execute(uri: "/api/auth/me", method: .get, headers: [.authorization: "Bearer \(first)"])
            let b = try await client.execute(uri: "/api/auth/me", method: .get, headers: [.authorization: "Bearer \(second)"])
            let aj = try a.decode(UserProfile.self)
            let bj = try b.decode(UserProfile.self)
            #expect(aj.id == bj.id)
            #expect(bj.name == "Sam C")
            #expect(bj.avatar_url == "https://img/a.png")
        }
    }

    @Test func patchSkillLevel() async throws {
        try await withTestApp { client, world in
            let headers = world.headers(.driverA, [.contentType: "application/json"])
            let ok = try await client.execute(uri: "/api/auth/me", method: .patch, headers: headers,
                                              body: ByteBuffer(string: #"{"skill_level":"advanced"}"#))
            #expect(ok.status == .ok)
            #expect(try ok.decode(UserProfile.self).skill_level == "advanced")
            let noop = try await client.execute(uri: "/api/auth/me", method: .patch, headers: headers, body: ByteBuffer(string: "{}"))
            #expect(try noop.decode(UserProfile.self).skill_level == "advanced")
            let nullValue = try await client.execute(uri: "/api/auth/me", method: .patch, headers: headers,
                                                     body: ByteBuffer(string: #"{"skill_level":null}"#))
            #expect(try nullValue.decode(UserProfile.self).skill_level == "advanced")
        }
    }

    @Test func anUnknownSkillLevelIs422NamingTheChoices() async throws {
        try await withTestApp { client, world in
            let bad = try await client.execute(uri: "/api/auth/me", method: .patch, headers: world.headers(.driverA, [.contentType: "application/json"]),
                                               body: ByteBuffer(string: #"{"skill_level":"pro"}"#))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.detail == "Invalid skill_level 'pro'. Allowed values: advanced, intermediate, novice")
        }
    }

    @Test func aSkillLevelThatIsNotAStringIs422() async throws {
        try await withTestApp { client, world in
            let wrongType = try await client.execute(uri: "/api/auth/me", method: .patch,
                                                     headers: world.headers(.driverA, [.contentType: "application/json"]),
                                                     body: ByteBuffer(string: #"{"skill_level":3}"#))
            #expect(wrongType.status == .unprocessableContent)
            let issues = try #require(wrongType.issues)
            #expect(issues.first?.type == "string_type")
            #expect(issues.first?.loc == ["body", "skill_level"])
        }
    }

    @Test(arguments: [#"{"skill_level":"#, "[1]"])
    func aPatchThatIsNotAJSONObjectIs422(_ text: String) async throws {
        try await withTestApp { client, world in
            let response = try await client.execute(uri: "/api/auth/me", method: .patch,
                                                    headers: world.headers(.driverA, [.contentType: "application/json"]),
                                                    body: ByteBuffer(string: text))
            #expect(response.status == .unprocessableContent)
        }
    }
    @Test func oversizeBodyIs413() async throws {
        try await withTestApp { client, world in
            let big = ByteBuffer(string: "{\"skill_level\":\"" + String(repeating: "a", count: 2 * 1024 * 1024) + "\"}")
            let response = try await client.execute(uri: "/api/auth/me", method: .patch, headers: world.headers(.driverA), body: big)
            #expect(response.status == .contentTooLarge)
            #expect(response.detail == "Request body too large")
        }
    }
}

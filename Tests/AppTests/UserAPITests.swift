import AuthJS
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import TestSupport

@Suite struct UserAPITests {
    @Test func meCreatesTheUserOnceAndKeepsTheId() async throws {
        try await withTestApp { client, world in
            // when
            let first = try await client.execute(uri: "/api/auth/me", method: .get, headers: world.headers(.driverA))
            let second = try await client.execute(uri: "/api/auth/me", method: .get, headers: world.headers(.driverA))
            // then
            let a = try #require(first.json as? [String: Any])
            let b = try #require(second.json as? [String: Any])
            #expect(first.status == .ok)
            #expect(a["id"] as? String == b["id"] as? String)
            #expect(a["email"] as? String == "driver-a@example.com")
            #expect(a["skill_level"] as? String == "intermediate")
            #expect(a["role"] as? String == "driver")
            #expect(a["avatar_url"] is NSNull)
            let created = try #require(a["created_at"] as? String)
            #expect(created.hasSuffix("+00:00"))
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
            let aj = try #require(a.json as? [String: Any])
            let bj = try #require(b.json as? [String: Any])
            #expect(aj["id"] as? String == bj["id"] as? String)
            #expect(bj["name"] as? String == "Sam C")
            #expect(bj["avatar_url"] as? String == "https://img/a.png")
        }
    }

    @Test func patchSkillLevel() async throws {
        try await withTestApp { client, world in
            let headers = world.headers(.driverA, [.contentType: "application/json"])
            let ok = try await client.execute(uri: "/api/auth/me", method: .patch, headers: headers,
                                              body: ByteBuffer(string: #"{"skill_level":"advanced"}"#))
            #expect(ok.status == .ok)
            #expect((ok.json as? [String: Any])?["skill_level"] as? String == "advanced")
            let noop = try await client.execute(uri: "/api/auth/me", method: .patch, headers: headers, body: ByteBuffer(string: "{}"))
            #expect((noop.json as? [String: Any])?["skill_level"] as? String == "advanced")
            let nullValue = try await client.execute(uri: "/api/auth/me", method: .patch, headers: headers,
                                                     body: ByteBuffer(string: #"{"skill_level":null}"#))
            #expect((nullValue.json as? [String: Any])?["skill_level"] as? String == "advanced")
        }
    }

    @Test func patchRejectsBadValuesWith422() async throws {
        try await withTestApp { client, world in
            let headers = world.headers(.driverA, [.contentType: "application/json"])
            let bad = try await client.execute(uri: "/api/auth/me", method: .patch, headers: headers,
                                               body: ByteBuffer(string: #"{"skill_level":"pro"}"#))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.detail == "Invalid skill_level 'pro'. Allowed values: advanced, intermediate, novice")
            let wrongType = try await client.execute(uri: "/api/auth/me", method: .patch, headers: headers,
                                                     body: ByteBuffer(string: #"{"skill_level":3}"#))
            #expect(wrongType.status == .unprocessableContent)
            let issues = try #require((wrongType.json as? [String: Any])?["detail"] as? [[String: Any]])
            #expect(issues.first?["type"] as? String == "string_type")
            #expect(issues.first?["loc"] as? [String] == ["body", "skill_level"])
            let malformed = try await client.execute(uri: "/api/auth/me", method: .patch, headers: headers,
                                                     body: ByteBuffer(string: #"{"skill_level":"#))
            #expect(malformed.status == .unprocessableContent)
            let array = try await client.execute(uri: "/api/auth/me", method: .patch, headers: headers, body: ByteBuffer(string: "[1]"))
            #expect(array.status == .unprocessableContent)
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

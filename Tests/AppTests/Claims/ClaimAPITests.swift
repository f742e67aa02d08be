import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import Storage
import TestSupport
@testable import App

/// Try before sign-up (client-extras.md §4.2 with the claim token, issue #17 item 3): a signed-out visitor uploads one
/// session, reads it through the claim cookie alone, and moves it to their account once signed in; nobody else learns
/// anything about it.
@Suite struct ClaimAPITests {
    static func run(_ configure: @escaping @Sendable (inout AppConfig) -> Void = { _ in },
                    _ body: @Sendable @escaping (TestAPI) async throws -> Void) async throws {
        try await withTestApp(configure: configure) { client, world in try await body(TestAPI(client: client, world: world)) }
    }

    static func claim(_ api: TestAPI, _ id: String, token: String?, inBody: Bool = false, as persona: TestWorld.Persona) async throws -> TestResponse {
        var headers = api.world.headers(persona, [.contentType: "application/json"])
        if let token, !inBody { headers = api.world.claimHeaders(token, headers) }
        let body = inBody ? #"{"session_id": "\#(id)", "claim_token": "\#(token ?? "")"}"# : #"{"session_id": "\#(id)"}"#
        return try await api.client.execute(uri: "/api/sessions/claim", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    static func total(_ api: TestAPI, _ persona: TestWorld.Persona) async throws -> Int? {
        (try await api.send(.get, "/api/sessions", as: persona).json as? [String: Any])?["total"] as? Int
    }

    @Test func theUploaderReadsTheirSessionByTheCookieAloneAndNobodyElseDoes() async throws {
        try await Self.run { api in
            let (id, token) = try await api.anonymousUpload(TestPaths.intermediate)
            for suffix in ["", "/laps", "/corners", "/gg-diagram"] {
                let own = try await api.client.execute(uri: "/api/sessions/\(id)\(suffix)", method: .get, headers: api.world.claimHeaders(token))
                #expect(own.status == .ok, "\(suffix): \(own.status)")
            }
            #expect(try await api.send(.get, "/api/sessions/\(id)", as: .anonymous).status == .unauthorized)
            #expect(try await api.send(.get, "/api/sessions/\(id)", as: .driverB).status == .notFound)
            let forged = try await api.client.execute(uri: "/api/sessions/\(id)", method: .get,
                                                      headers: api.world.claimHeaders(String(repeating: "A", count: 43)))
            #expect(forged.status == .unauthorized)
            // the holder reads nothing of anyone else's and changes nothing of its own
            let other = try await api.world.seed(TestPaths.novice, as: .driverA, client: api.client)
            #expect(try await api.client.execute(uri: "/api/sessions/\(other)", method: .get, headers: api.world.claimHeaders(token)).status == .unauthorized)
            #expect(try await api.client.execute(uri: "/api/sessions/\(id)", method: .delete, headers: api.world.claimHeaders(token)).status == .unauthorized)
            #expect(try await Self.total(api, .driverA) == 1)
            let stored = try #require(try await api.world.app.database.first(
                "SELECT user_id, is_anonymous, claim_token_hash, expires_at FROM sessions WHERE session_id = $1", [.text(id)]))
            #expect(try stored.optionalString("user_id") == nil && stored.bool("is_anonymous"))
            #expect(try stored.optionalString("claim_token_hash") == SHA256Hex.of(token))
            let expires = try #require(try stored.optionalDate("expires_at"))
            #expect(abs(expires.timeIntervalSinceNow - 24 * 3600) < 120)
        }
    }

    @Test func aSignedOutVisitorUploadsOneFileOnlyAndWithinTheDailyQuota() async throws {
        try await Self.run({ $0.rateLimits.anonymousUploadsPerIPPerDay = 2 }) { api in
            let two = try await api.client.execute(
                uri: "/api/sessions/upload", method: .post, headers: Upload.contentType,
                body: Upload.body([("a.csv", try Upload.fixtureBytes(TestPaths.intermediate)), ("b.csv", try Upload.fixtureBytes(TestPaths.novice))]))
            #expect(two.status == .unprocessableContent && two.text.lowercased().contains("at most 1 file"), "\(two.text)")
            let count = try await api.world.app.database.first("SELECT COUNT(*) AS n FROM sessions")?.int("n")
            #expect(count == 0)
            _ = try await api.anonymousUpload(TestPaths.intermediate)
            let third = try await api.client.execute(uri: "/api/sessions/upload", method: .post, headers: Upload.contentType,
                                                     body: Upload.body([("c.csv", try Upload.fixtureBytes(TestPaths.advanced))]))
            #expect(third.status == .tooManyRequests)
        }
    }

    @Test func signingInAndClaimingMovesTheSessionToTheAccount() async throws {
        try await Self.run { api in
            let (id, token) = try await api.anonymousUpload(TestPaths.intermediate)
            let claimed = try await Self.claim(api, id, token: token, as: .driverA)
            #expect(claimed.status == .ok && claimed.text.contains("Session \(id) claimed successfully"))
            #expect(claimed.headers[.setCookie]?.hasPrefix("cataclysm_claim=;") == true)
            #expect(try await Self.total(api, .driverA) == 1)
            #expect(try await api.send(.get, "/api/sessions/\(id)/corners", as: .driverA).status == .ok)
            // the upload's observers ran for the new owner: its coaching report is written
            let report = try await api.coachingReport(id, as: .driverA).json as? [String: Any]
            #expect(report?["status"] as? String == "ready")
            let row = try #require(try await api.world.app.database.first(
                "SELECT user_id, is_anonymous, claim_token_hash, client_ip, expires_at FROM sessions WHERE session_id = $1", [.text(id)]))
            #expect(try row.optionalString("user_id") == (try await api.userID(.driverA)) && !(try row.bool("is_anonymous")))
            #expect(try row.optionalString("claim_token_hash") == nil && row.optionalString("client_ip") == nil && row.optionalDate("expires_at") == nil)
            // the token is spent: it reads nothing now, and a retry by the new owner is still fine
            #expect(try await api.client.execute(uri: "/api/sessions/\(id)", method: .get, headers: api.world.claimHeaders(token)).status == .unauthorized)
            #expect(try await Self.claim(api, id, token: token, as: .driverA).status == .ok)
            #expect(try await Self.claim(api, id, token: token, as: .driverB).status == .notFound)
        }
    }

    @Test func everyFailedClaimIsTheSame404() async throws {
        try await Self.run({ $0.demoSessionFile = TestPaths.fixture(TestPaths.advanced).csv.path }) { api in
            let (id, token) = try await api.anonymousUpload(TestPaths.intermediate)
            let (otherID, otherToken) = try await api.anonymousUpload(TestPaths.novice)
            let owned = try await api.world.seed(TestPaths.advanced, as: .driverB, client: api.client)
            let attempts = [
                try await Self.claim(api, id, token: nil, as: .driverA),
                try await Self.claim(api, id, token: otherToken, as: .driverA),
                try await Self.claim(api, id, token: String(repeating: "x", count: 43), inBody: true, as: .driverA),
                try await Self.claim(api, owned, token: token, as: .driverA),
                try await Self.claim(api, "no-such-session", token: token, as: .driverA),
            ]
            for attempt in attempts {
                #expect(attempt.status == .notFound && attempt.detail == "Session not found or expired", "\(attempt.text)")
            }
            // the token in the body works as well as the cookie; an expired claim does not
            #expect(try await Self.claim(api, id, token: token, inBody: true, as: .driverA).status == .ok)
            try await api.world.app.database.execute("UPDATE sessions SET expires_at = $1 WHERE session_id = $2",
                                                     [.date(Date().addingTimeInterval(-1)), .text(otherID)])
            #expect(try await Self.claim(api, otherID, token: otherToken, as: .driverA).status == .notFound)
            let demo = try #require((try await api.send(.get, "/api/sessions/demo", as: .anonymous).json as? [String: Any])?["session_id"] as? String)
            let refused = try await Self.claim(api, demo, token: token, as: .driverA)
            #expect(refused.status == .badRequest && refused.detail == "Demo session cannot be claimed")
            #expect(try await Self.claim(api, id, token: token, as: .anonymous).status == .unauthorized)
        }
    }
}

import AuthJS
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

@Suite struct AuthenticationAPITests {
    @Test func noTokenIs401NotAuthenticated() async throws {
        try await withTestApp { client, _ in
            let response = try await client.execute(uri: "/api/auth/me", method: .get)
            #expect(response.status == .unauthorized)
            #expect(response.detail == "Not authenticated")
        }
    }

    @Test func noSecretConfiguredIs503ButPublicRoutesWork() async throws {
        try await withTestApp(configure: { $0.authSecrets = [] }) { client, _ in
            let me = try await client.execute(uri: "/api/auth/me", method: .get)
            #expect(me.status == .serviceUnavailable)
            #expect(me.detail == "Auth not configured")
            let withToken = try await client.execute(uri: "/api/auth/me", method: .get, headers: [.authorization: "Bearer a.b.c.d.e"])
            #expect(withToken.status == .serviceUnavailable)
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
        }
    }

    /// A route that serves anonymous callers but answers by who they are (an org's page) does not take a bad token
    /// for anonymous; a route that is the same for everyone (health, reference data) does not read credentials.
    @Test func invalidTokenOnPublicRouteIs401NotSilentlyAnonymous() async throws {
        try await withTestApp { client, _ in
            let response = try await client.execute(uri: "/api/orgs/no-such-org", method: .get, headers: [.authorization: "Bearer not-a-token"])
            #expect(response.status == .unauthorized)
            #expect(response.detail == "Invalid token")
            let health = try await client.execute(uri: "/health", method: .get, headers: [.authorization: "Bearer not-a-token"])
            #expect(health.status == .ok)
        }
    }

    @Test func wellKnownDevSecretGivesNoFallbackUser() async throws {
        try await withTestApp(configure: { $0.authSecrets = [DevBypass.wellKnownDevSecret] }) { client, _ in
            let response = try await client.execute(uri: "/api/auth/me", method: .get)
            #expect(response.status == .unauthorized)
        }
    }

    @Test func bypassUsesTestUserHeaderAndIgnoresTokens() async throws {
        try await withTestApp(configure: { $0.devAuthBypass = true; $0.testAuthUserID = "test-morgan" }) { client, world in
            // given a valid token for someone else
            let token = world.token(.driverA)
            // when
            let jordan = try await client.execute(uri: "/api/auth/me", method: .get,
                                                  headers: [HTTPField.Name("X-Test-User-Id")!: "test-jordan", .authorization: "Bearer \(token)"])
            let fallback = try await client.execute(uri: "/api/auth/me", method: .get, headers: [.authorization: "Bearer \(token)"])
            let bad = try await client.execute(uri: "/api/auth/me", method: .get, headers: [HTTPField.Name("X-Test-User-Id")!: "no spaces allowed"])
            // then
            #expect(try jordan.decode(UserProfile.self).email == "jordan@test.cataclysm.dev")
            #expect(try jordan.decode(UserProfile.self).name == "Jordan Swift")
            #expect(try fallback.decode(UserProfile.self).email == "morgan@test.cataclysm.dev")
            #expect(bad.status == .badRequest)
        }
    }

    @Test func withoutBypassTheTestHeaderDoesNothing() async throws {
        try await withTestApp { client, _ in
            let response = try await client.execute(uri: "/api/auth/me", method: .get, headers: [HTTPField.Name("X-Test-User-Id")!: "test-jordan"])
            #expect(response.status == .unauthorized)
        }
    }

    @Test func bypassInProductionAnswers503PerRequest() async throws {
        // The start-up guard refuses this configuration; the per-request check is defence in depth.
        try await withTestApp(configure: { $0.devAuthBypass = true; $0.hostedEnvironment = true }) { client, _ in
            let response = try await client.execute(uri: "/api/auth/me", method: .get)
            #expect(response.status == .serviceUnavailable)
            #expect(response.detail == "DEV_AUTH_BYPASS cannot be enabled in production")
        }
    }

    @Test func devCookieTokenWorksAndBearerWithDevSaltIsRejected() async throws {
        try await withTestApp { client, _ in
            let token = SessionTokenMinter(secret: testAuthSecret).mint(
                subject: "s1", email: "Cookie@Example.com", name: "Cookie", picture: nil, salt: .development)
            let cookie = try await client.execute(uri: "/api/auth/me", method: .get, headers: [.cookie: "authjs.session-token=\(token)"])
            #expect(cookie.status == .ok)
            #expect(try cookie.decode(UserProfile.self).email == "cookie@example.com")
            let bearer = try await client.execute(uri: "/api/auth/me", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(bearer.status == .unauthorized)
        }
    }
}

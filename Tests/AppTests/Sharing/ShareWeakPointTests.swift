import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Storage
import Testing
@testable import App
import TestSupport

/// platform.md §15 weak points 3, 7, 8 and 27, and the share token used on the session routes: one named test each.
@Suite struct ShareWeakPointTests {
    /// Weak point 7: any signed-in user could publish any loaded session.
    @Test func shareLinkForSomeoneElsesSessionIsRefused() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            try await api.link(.driverA, to: .instructorLinkedA)
            let stranger = try await api.createShare(session, as: .driverB)
            let instructor = try await api.createShare(session, as: .instructorLinkedA)
            let anonymous = try await api.createShare(session, as: .anonymous)
            let unknown = try await api.createShare("0123456789abcdef0123456789abcdef", as: .driverB)
            #expect(stranger.status == .notFound && stranger.detail == "Session \(session) not found")
            #expect(instructor.status == .forbidden, "a linked instructor reads the session but may not publish it")
            #expect(anonymous.status == .unauthorized)
            #expect(unknown.status == .notFound)
            #expect(try await world.app.database.query("SELECT id FROM share_links").isEmpty)
        }
    }

    /// Share token used on `/api/sessions/{id}`: it must not read or delete even the session it publishes; a share
    /// token wins over a user token sent with it (the request acts as the token, not as the owner).
    @Test(arguments: [(HTTPRequest.Method.get, "", false), (.get, "/laps", false), (.get, "/corners", false),
                      (.delete, "", false), (.delete, "", true)])
    func shareTokenCannotUseTheSessionRoutes(_ method: HTTPRequest.Method, _ suffix: String, _ withOwnerToken: Bool) async throws {
        try await withTestApp { client, world in
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await TestAPI(client: client, world: world).shareLink(session, as: .driverA)
            let share = world.shareHeaders(token)
            let response = try await client.execute(uri: "/api/sessions/\(session)\(suffix)", method: method,
                                                    headers: withOwnerToken ? world.headers(.driverA, share) : share)
            #expect(response.status == .notFound)
            #expect(try await SQLSessionStore(database: world.app.database).locate(id: session) != nil)
        }
    }

    /// A share token neither lists sessions nor shares one.
    @Test(arguments: [(HTTPRequest.Method.get, "/api/sessions"), (.post, "/api/sharing/create")])
    func shareTokenCannotActAsAnAccount(_ method: HTTPRequest.Method, _ uri: String) async throws {
        try await withTestApp { client, world in
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await TestAPI(client: client, world: world).shareLink(session, as: .driverA)
            let response = try await client.execute(uri: uri, method: method, headers: world.shareHeaders(token),
                                                    body: method == .post ? ByteBuffer(string: #"{"session_id": "\#(session)"}"#) : nil)
            #expect(response.status == .notFound)
        }
    }

    /// Weak point 8: the share upload was unauthenticated and not rate-limited (3 per address per day here), and the
    /// counters lived in process memory (lost on restart).
    @Test func shareUploadsAreRateLimitedPerAddressAcrossRestarts() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.shareLink(session, as: .driverA)
            for attempt in 1...3 {
                #expect(try await api.emptyChallenge(token).status == .unprocessableContent, "attempt \(attempt) is counted, not refused")
            }
            let refused = try await api.emptyChallenge(token)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.detail?.contains("at most 3 uploads per day") == true)
            let retryAfter = try #require(refused.headers[.retryAfter].flatMap(Int.init))
            #expect(retryAfter > 23 * 3600 && retryAfter <= 24 * 3600)
            let afterRestart = try await world.restarted { again in
                try await again.execute(uri: "/api/sharing/\(token)/upload", method: .post,
                                        headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}"))
            }
            #expect(afterRestart.status == .tooManyRequests, "counters are in the database")
        }
    }

    /// Weak point 8: a global daily cap protects the pipeline whatever the addresses.
    @Test func anonymousUploadsHaveAGlobalDailyCap() async throws {
        try await withTestApp(configure: { $0.rateLimits.anonymousUploadsPerDay = 2 }) { client, world in
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.shareLink(session, as: .driverA)
            _ = try await api.emptyChallenge(token)
            _ = try await api.emptyChallenge(token)
            let refused = try await api.emptyChallenge(token)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.detail?.contains("capacity for today") == true)
            #expect(refused.headers[.retryAfter] != nil)
        }
    }

    /// Weak point 8: comparisons stayed readable after the link expired.
    @Test func comparisonIsGoneAfterTheLinkExpires() async throws {
        try await withTestApp { client, world in
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await TestAPI(client: client, world: world).backdatedShareLink(session, as: .driverA)
            let linkID = try #require(try await world.app.database.first("SELECT id FROM share_links")).string("id")
            try await world.app.database.execute(
                "INSERT INTO share_comparisons (id, link_id, challenger_session_id, report_json, created_at) VALUES ($1, $2, NULL, $3, $4)",
                [.text("c1"), .text(linkID), .text(#"{"delta_s":1.0}"#), .date(Date().addingTimeInterval(-7 * 24 * 3600))])
            let response = try await client.execute(uri: "/api/sharing/\(token)/comparison", method: .get)
            #expect(response.status == .gone)
        }
    }

    /// Share tokens and invite codes are credentials: the access log shows the route with them redacted.
    @Test func secretsInPathsNeverReachTheAccessLog() {
        let parameters: Hummingbird.Parameters = ["token": "Zx8v3Kq0b9Wm2Tn5Lp7Rc1", "session_id": "abc"]
        let logged = AccessLogMiddleware.loggedPath(route: "/api/sharing/{token}/view", parameters: parameters,
                                                    raw: "/api/sharing/Zx8v3Kq0b9Wm2Tn5Lp7Rc1/view")
        #expect(logged == "/api/sharing/[redacted]/view")
        #expect(AccessLogMiddleware.loggedPath(route: "/api/sessions/{session_id}", parameters: parameters, raw: "x")
                == "/api/sessions/abc")
        #expect(AccessLogMiddleware.loggedPath(route: "/api/instructor/accept/{code}", parameters: ["code": "secret"], raw: "x")
                == "/api/instructor/accept/[redacted]")
        #expect(AccessLogMiddleware.loggedPath(route: nil, parameters: [:], raw: "/nowhere") == "/nowhere")
    }

    /// Weak point 27: limits keyed on the peer address put everyone behind a proxy into one bucket; a client's own
    /// `X-Forwarded-For` must not let it pick its bucket either.
    @Test func forwardedForIsBelievedOnlyFromTrustedProxies() throws {
        let resolver = ClientAddress(trustedProxies: ["10.0.0.0/8", "::1"])
        let proxy = try SocketAddress(ipAddress: "10.1.2.3", port: 443)
        let stranger = try SocketAddress(ipAddress: "203.0.113.9", port: 443)
        var headers = HTTPFields()
        headers[HTTPField.Name("X-Forwarded-For")!] = "198.51.100.7, 10.9.9.9"
        #expect(resolver.resolve(peer: proxy, headers: headers) == "198.51.100.7")
        #expect(resolver.resolve(peer: stranger, headers: headers) == "203.0.113.9", "untrusted peers cannot choose their key")
        var forged = HTTPFields()
        forged[HTTPField.Name("X-Forwarded-For")!] = "1.1.1.1, 198.51.100.7"
        #expect(resolver.resolve(peer: proxy, headers: forged) == "198.51.100.7", "the left-most hop is client-controlled")
        #expect(resolver.resolve(peer: proxy, headers: [:]) == "10.1.2.3")
        #expect(resolver.resolve(peer: try SocketAddress(ipAddress: "::1", port: 1), headers: headers) == "198.51.100.7")
        #expect(resolver.resolve(peer: nil, headers: headers) == "unknown")
        #expect(IPRange("300.1.1.1") == nil && IPRange("10.0.0.0/33") == nil && IPRange("2001:db8::/32") != nil)
    }
}

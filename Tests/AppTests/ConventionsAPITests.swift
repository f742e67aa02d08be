import CompressNIO
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// Error envelope, CORS, gzip, Cache-Control, request ids, health, metrics, docs.
@Suite struct ConventionsAPITests {
    @Test func unknownRouteIs404Envelope() async throws {
        try await withTestApp { client, _ in
            let response = try await client.execute(uri: "/api/nope", method: .get)
            #expect(response.status == .notFound)
            #expect(response.detail == "Not Found")
            let slash = try await client.execute(uri: "/health/", method: .get)
            #expect(slash.status == .notFound)
        }
    }

    @Test func wrongMethodIs405WithAllow() async throws {
        try await withTestApp { client, _ in
            let response = try await client.execute(uri: "/health", method: .post)
            #expect(response.status == .methodNotAllowed)
            #expect(response.detail == "Method Not Allowed")
            #expect(response.headers[.allow] == "GET")
        }
    }

    @Test func healthReportsDatabase() async throws {
        try await withTestApp { client, _ in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(try response.decode(JSONShape.self).keys == ["status", "db"])
            let body = try response.decode(HealthResponse.self)
            #expect(body.status == "ok" && body.db == "ok")
            #expect(response.headers[.cacheControl] == "no-cache")
            #expect(response.headers[HTTPField.Name("X-Request-ID")!] != nil)
        }
    }

    @Test func corsAllowsConfiguredOriginWithCredentials() async throws {
        try await withTestApp(configure: { $0.corsOrigins = ["https://app.example"] }) { client, _ in
            let preflight = try await client.execute(uri: "/api/auth/me", method: .options, headers: [
                .origin: "https://app.example", .accessControlRequestMethod: "PATCH",
                .accessControlRequestHeaders: "content-type, authorization"])
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowOrigin] == "https://app.example")
            #expect(preflight.headers[.accessControlAllowCredentials] == "true")
            #expect(preflight.headers[.accessControlAllowHeaders] == "content-type, authorization")
            let simple = try await client.execute(uri: "/health", method: .get, headers: [.origin: "https://app.example"])
            #expect(simple.headers[.accessControlAllowOrigin] == "https://app.example")
            let other = try await client.execute(uri: "/health", method: .get, headers: [.origin: "https://evil.example"])
            #expect(other.headers[.accessControlAllowOrigin] == nil)
            let otherPreflight = try await client.execute(uri: "/health", method: .options, headers: [
                .origin: "https://evil.example", .accessControlRequestMethod: "GET"])
            #expect(otherPreflight.status == .forbidden)
        }
    }

    @Test func gzipForLargeBodiesOnly() async throws {
        try await withTestApp { client, _ in
            // given a large body (the API description) and a small one (health)
            let large = try await client.execute(uri: "/openapi.json", method: .get, headers: [.acceptEncoding: "gzip, deflate"])
            let small = try await client.execute(uri: "/health", method: .get, headers: [.acceptEncoding: "gzip"])
            let refused = try await client.execute(uri: "/openapi.json", method: .get, headers: [.acceptEncoding: "gzip;q=0"])
            // then
            #expect(large.headers[.contentEncoding] == "gzip")
            var compressed = large.body
            let inflated = try compressed.decompress(with: .gzip())
            let document = try JSONSerialization.jsonObject(with: Data(inflated.readableBytesView)) as? [String: Any]
            #expect(document?["openapi"] as? String == "3.1.0")
            #expect(small.headers[.contentEncoding] == nil)
            #expect(refused.headers[.contentEncoding] == nil)
        }
    }

    @Test func cacheControlTable() {
        #expect(CacheControlRules.value("/api/sessions") == "no-cache")
        #expect(CacheControlRules.value("/api/sessions/abc") == "private, max-age=60")
        #expect(CacheControlRules.value("/api/sessions/abc/laps/3/tags") == "no-cache")
        #expect(CacheControlRules.value("/api/sessions/upload") == "no-cache")
        #expect(CacheControlRules.value("/api/trends/barber") == "private, max-age=60")
        #expect(CacheControlRules.value("/api/tracks") == "private, max-age=3600")
        #expect(CacheControlRules.value("/api/coaching/x/report") == "no-cache")
        #expect(CacheControlRules.value("/health") == "no-cache")
    }

    @Test func metricsCountRequests() async throws {
        try await withTestApp { client, _ in
            _ = try await client.execute(uri: "/health", method: .get)
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains("http_requests_total"))
            #expect(response.text.contains("route=\"/health\""))
        }
    }

    @Test func docsServeSwaggerUI() async throws {
        try await withTestApp { client, _ in
            let response = try await client.execute(uri: "/docs", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains("SwaggerUIBundle"))
            #expect(response.text.contains("/openapi.json"))
        }
    }

    @Test func openAPIDescribesExactlyTheRouterRoutes() async throws {
        try await withTestApp { client, world in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            let document = try #require(response.json as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var described: Set<String> = []
            for (path, operations) in paths { for method in operations.keys { described.insert("\(method.uppercased()) \(path)") } }
            #expect(described == Set(world.app.routes.keys))
            // OpenAPI has no WebSocket operations: the WS bindings are the app's WebSocket routes
            let bound = Set(world.app.policy.routes.map(\.key))
            #expect(described == bound.filter { !$0.hasPrefix("WS ") })
            #expect(bound.filter { $0.hasPrefix("WS ") } == Set(world.app.webSockets.map(\.key)))
        }
    }
}

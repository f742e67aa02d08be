import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import App
import TestSupport

/// The §12.4 limits kept in the database: the per-address upload limit for everyone and the share-view limit.
@Suite struct RateLimitAPITests {
    @Test func signedInUploadsAreLimitedPerAddressPerHour() async throws {
        try await withTestApp(configure: { $0.rateLimits.uploadsPerIPPerHour = 2 }) { client, world in
            func attempt() async throws -> TestResponse {
                try await client.execute(uri: "/api/sessions/upload", method: .post,
                                         headers: world.headers(.driverA, Upload.contentType),
                                         body: Upload.body([(name: "x.csv", bytes: Array("not,a,csv\n".utf8))]))
            }
            #expect(try await attempt().status == .unprocessableContent)
            #expect(try await attempt().status == .unprocessableContent)
            let refused = try await attempt()
            #expect(refused.status == .tooManyRequests)
            #expect(refused.detail == "Rate limit exceeded: 2 per 1 hour")
            let retryAfter = try #require(refused.headers[.retryAfter].flatMap(Int.init))
            #expect(retryAfter > 3500 && retryAfter <= 3600)
            // the limit is per address, not per user: another driver from the same address is refused too
            let other = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                 headers: world.headers(.driverB, Upload.contentType),
                                                 body: Upload.body([(name: "x.csv", bytes: [1])]))
            #expect(other.status == .tooManyRequests)
        }
    }

    @Test func sharePublicViewIsLimitedPerAddressPerMinute() async throws {
        try await withTestApp(configure: { $0.rateLimits.shareViewsPerIPPerMinute = 2 }) { client, world in
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await TestAPI(client: client, world: world).shareLink(session, as: .driverA)
            #expect(try await client.execute(uri: "/api/sharing/\(token)/view", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/api/sharing/\(token)/view", method: .get).status == .ok)
            let refused = try await client.execute(uri: "/api/sharing/\(token)/view", method: .get)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.detail == "Rate limit exceeded: 2 per 1 minute")
            #expect(try await client.execute(uri: "/api/sharing/\(token)", method: .get).status == .ok, "metadata is not limited")
        }
    }
}

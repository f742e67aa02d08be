import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// Rate-limit keys: an IPv6 client is counted per /64 (a subscriber's usual allocation), IPv4 per address.
@Suite struct RateLimitKeyTests {
    @Test func ipv6AddressesShareTheirSlash64() {
        #expect(IPRange.rateLimitKey("2001:db8:1:2::1") == "2001:db8:1:2::/64")
        #expect(IPRange.rateLimitKey("2001:db8:1:2:ffff:ffff:ffff:ffff") == "2001:db8:1:2::/64")
        #expect(IPRange.rateLimitKey("2001:db8:1:3::1") == "2001:db8:1:3::/64")
        #expect(IPRange.rateLimitKey("203.0.113.9") == "203.0.113.9")
        #expect(IPRange.rateLimitKey("unknown") == "unknown")
    }

    @Test func twoAddressesOfOneSlash64ShareABucket() async throws {
        try await withTestApp(transport: .live, configure: {
            $0.rateLimits.shareViewsPerIPPerMinute = 1
            $0.trustedProxies = ["127.0.0.1", "::1"]
        }) { client, world in
            let session = try await world.seed("barber_2026-03-21_novice", as: .driverA, client: client)
            let token = try await TestAPI(client: client, world: world).shareLink(session, as: .driverA)
            // A raw client: the live test client's fixed 20 s read timeout is too tight for a debug build under load.
            let port = try #require(client.port)
            func view(from address: String) async throws -> HTTPResponse.Status {
                let head = "GET /api/sharing/\(token)/view HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: \(address)\r\nConnection: close\r\n\r\n"
                return HTTPResponse.Status(code: try await RawHTTP.request(port: port, head).status)
            }
            let first = try await view(from: "2001:db8:1:2::1")
            let sameSlash64 = try await view(from: "2001:db8:1:2::99")
            let otherSlash64 = try await view(from: "2001:db8:1:3::1")
            #expect(first == .ok)
            #expect(sameSlash64 == .tooManyRequests, "same /64, same bucket")
            #expect(otherSlash64 == .ok, "another /64")
        }
    }
}

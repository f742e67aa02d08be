import CompressNIO
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// Cached analysis and lap answers carry their gzip form, made once: what a browser gets inflates to exactly the
/// bytes a client without gzip gets, both say `Vary: Accept-Encoding`, and the second gzip answer is the same buffer.
@Suite struct CachedGzipTests {
    @Test(arguments: ["laps/7/data", "consistency", "corners"])
    func gzipFormOfACachedAnswer(_ path: String) async throws {
        try await withTestApp { client, world in
            // given
            let id = try await world.seed(TestPaths.intermediate, as: .driverA, client: client)
            let uri = "/api/sessions/\(id)/\(path)"
            // when
            let plain = try await client.execute(uri: uri, method: .get, headers: world.headers(.driverA))
            let first = try await client.execute(uri: uri, method: .get, headers: world.headers(.driverA, [.acceptEncoding: "gzip, deflate, br"]))
            let second = try await client.execute(uri: uri, method: .get, headers: world.headers(.driverA, [.acceptEncoding: "gzip"]))
            let refused = try await client.execute(uri: uri, method: .get, headers: world.headers(.driverA, [.acceptEncoding: "gzip;q=0"]))
            // then
            #expect(plain.status == .ok && plain.headers[.contentEncoding] == nil)
            #expect(first.headers[.contentEncoding] == "gzip" && second.headers[.contentEncoding] == "gzip")
            for response in [plain, first, second, refused] {
                #expect(response.headers[.vary]?.contains("Accept-Encoding") == true)
                #expect(response.headers[.contentType] == "application/json")
            }
            var compressed = first.body
            let inflated = try compressed.decompress(with: .gzip())
            #expect(inflated == plain.body, "the gzip form inflates to the identity bytes")
            #expect(first.body.readableBytes < plain.body.readableBytes / 2)
            #expect(second.body == first.body)
            #expect(refused.headers[.contentEncoding] == nil && refused.body == plain.body)
        }
    }

    @Test func aCachedBodyCompressesOnce() throws {
        let body = CachedBody(ByteBuffer(string: String(repeating: #"{"speed_mph":[101.25,101.5]}"#, count: 100)))
        let first = try body.gzipped()
        let second = try body.gzipped()
        #expect(first.readableBytesView.elementsEqual(second.readableBytesView))
        var input = first
        #expect(try input.decompress(with: .gzip()) == body.identity)
        #expect(body.budgetBytes >= body.identity.readableBytes + first.readableBytes)
    }
}

import CompressNIO
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import TestSupport

/// Checks over a real socket: gzip on the wire and the JSON error envelope. (Uploads are covered through the router:
/// the live client's fixed 20 s timeout is too tight for a debug-build multipart parse while the whole suite runs.)
@Suite struct LiveTransportTests {
    @Test func gzipOnTheWire() async throws {
        try await withTestApp(transport: .live) { client, _ in
            // when
            let response = try await client.execute(uri: "/openapi.json", method: .get, headers: [.acceptEncoding: "gzip"])
            // then
            #expect(response.status == .ok)
            #expect(response.headers[.contentEncoding] == "gzip")
            var body = response.body
            let inflated = try body.decompress(with: .gzip())
            let document = try JSONSerialization.jsonObject(with: Data(inflated.readableBytesView)) as? [String: Any]
            #expect(document?["openapi"] as? String == "3.1.0")
        }
    }

    @Test func unknownRouteOverTheWireIsJSON404() async throws {
        try await withTestApp(transport: .live) { client, _ in
            let response = try await client.execute(uri: "/nope", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "application/json")
            #expect(response.detail == "Not Found")
        }
    }
}

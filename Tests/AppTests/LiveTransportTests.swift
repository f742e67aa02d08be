import CompressNIO
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import TestSupport

/// A few checks over a real socket: streaming multipart upload, gzip on the wire, graceful error envelope.
@Suite struct LiveTransportTests {
    @Test func uploadStreamsOverARealConnection() async throws {
        try await withTestApp(transport: .live) { client, world in
            // given a 12.5 Hz copy of a fixture (every other data row), to keep the debug-build parse short
            let lines = String(decoding: try Upload.fixtureBytes("barber_2026-04-18_advanced"), as: UTF8.self)
                .split(separator: "\n", omittingEmptySubsequences: false)
            let halved = lines.enumerated().filter { $0.offset < 12 || $0.offset % 2 == 0 }.map(\.element)
            let bytes = Array(halved.joined(separator: "\n").utf8)
            // when
            let response = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                    headers: world.headers(.driverA, Upload.contentType),
                                                    body: Upload.body([("advanced.csv", bytes)]))
            // then
            #expect(response.status == .ok)
            let id = try #require(((response.json as? [String: Any])?["session_ids"] as? [String])?.first)
            let laps = try await client.execute(uri: "/api/sessions/\(id)/laps/3/data", method: .get,
                                                headers: world.headers(.driverA, [.acceptEncoding: "gzip"]))
            #expect(laps.headers[.contentEncoding] == "gzip")
            var body = laps.body
            let inflated = try body.decompress(with: .gzip())
            let data = try JSONSerialization.jsonObject(with: Data(inflated.readableBytesView)) as? [String: Any]
            #expect(data?["lap_number"] as? Int == 3)
            #expect(((data?["distance_m"] as? [Double])?.count ?? 0) > 4000)
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

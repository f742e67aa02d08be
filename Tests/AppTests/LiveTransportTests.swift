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
            // given a small real export: the out-lap and laps 1-3 at 12.5 Hz (lap 3 never closes, so 2 timed laps),
            // to keep the debug-build multipart parse well inside the live client's fixed 20 s timeout
            let lines = String(decoding: try Upload.fixtureBytes("barber_2026-04-18_advanced"), as: UTF8.self)
                .split(separator: "\n", omittingEmptySubsequences: false)
            let kept = lines.enumerated().filter { index, line in
                guard index >= 12 else { return true }
                let lap = line.split(separator: ",", omittingEmptySubsequences: false).dropFirst(2).first ?? ""
                return index % 2 == 0 && ["", "1", "2", "3"].contains(lap)
            }.map(\.element)
            let bytes = Array(kept.joined(separator: "\n").utf8)
            // when
            let response = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                    headers: world.headers(.driverA, Upload.contentType),
                                                    body: Upload.body([("advanced.csv", bytes)]))
            // then
            #expect(response.status == .ok)
            let id = try #require(((response.json as? [String: Any])?["session_ids"] as? [String])?.first)
            let laps = try await client.execute(uri: "/api/sessions/\(id)/laps/2/data", method: .get,
                                                headers: world.headers(.driverA, [.acceptEncoding: "gzip"]))
            #expect(laps.headers[.contentEncoding] == "gzip")
            var body = laps.body
            let inflated = try body.decompress(with: .gzip())
            let data = try JSONSerialization.jsonObject(with: Data(inflated.readableBytesView)) as? [String: Any]
            #expect(data?["lap_number"] as? Int == 2)
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

import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import TestSupport

/// Multipart bodies and fixture loading for the sessions API tests.
enum Upload {
    static let boundary = "cataclysm-test-boundary-7d1f"

    static func body(_ files: [(name: String?, bytes: [UInt8])], field: String = "files") -> ByteBuffer {
        var buffer = ByteBuffer()
        for file in files {
            buffer.writeString("--\(boundary)\r\n")
            if let name = file.name {
                buffer.writeString("Content-Disposition: form-data; name=\"\(field)\"; filename=\"\(name)\"\r\n")
            } else {
                buffer.writeString("Content-Disposition: form-data; name=\"\(field)\"\r\n")
            }
            buffer.writeString("Content-Type: text/csv\r\n\r\n")
            buffer.writeBytes(file.bytes)
            buffer.writeString("\r\n")
        }
        buffer.writeString("--\(boundary)--\r\n")
        return buffer
    }

    static var contentType: HTTPFields { [.contentType: "multipart/form-data; boundary=\(boundary)"] }

    static func fixtureBytes(_ stem: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: TestPaths.fixture(stem).csv))
    }

    /// Uploads fixtures as the persona and returns the session ids.
    static func sessions(_ stems: [String], as persona: TestWorld.Persona, client: any TestClientProtocol,
                         world: TestWorld) async throws -> [String] {
        let files = try stems.map { (name: Optional($0 + ".csv"), bytes: try fixtureBytes($0)) }
        let response = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                headers: world.headers(persona, contentType), body: body(files))
        let json = response.json as? [String: Any]
        return json?["session_ids"] as? [String] ?? []
    }
}

/// Ground truth of one fixture session.
struct FixtureTruth {
    let json: [String: Any]

    init(_ stem: String) throws {
        json = try JSONSerialization.jsonObject(with: Data(contentsOf: TestPaths.fixture(stem).truth)) as! [String: Any]
    }

    var laps: [[String: Any]] { json["laps"] as! [[String: Any]] }
    var lapTimes: [Int: Double] {
        Dictionary(uniqueKeysWithValues: laps.map { ($0["lap_number"] as! Int, $0["lap_time_s"] as! Double) })
    }
    var gpsLapTimes: [Int: Double] {
        Dictionary(uniqueKeysWithValues: laps.map { ($0["lap_number"] as! Int, $0["lap_time_gps_s"] as! Double) })
    }
    var summary: [String: Any] { json["summary"] as! [String: Any] }
    var trackName: String { (json["track"] as! [String: Any])["name"] as! String }
}

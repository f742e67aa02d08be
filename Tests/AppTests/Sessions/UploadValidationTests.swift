import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// Bad uploads: a clear 4xx naming the problem, never a 500, and nothing written.
@Suite struct UploadValidationTests {
    struct BadFile: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: @Sendable () throws -> [UInt8]
        let detailPrefix: String
        var testDescription: String { name }
    }

    static let fixture = "barber_2026-03-21_novice"
    static func fixtureLines() throws -> [Substring] {
        String(decoding: try Upload.fixtureBytes(fixture), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }

    static let corpus: [BadFile] = [
        BadFile(name: "empty", bytes: { [] }, detailPrefix: "Invalid CSV format: file is empty"),
        BadFile(name: "binary", bytes: { (0..<4096).map { UInt8(($0 * 7919) % 256) } }, detailPrefix: "Invalid CSV format: not a text file"),
        BadFile(name: "header only", bytes: { Array(try fixtureLines().prefix(12).joined(separator: "\n").utf8) },
                detailPrefix: "Invalid CSV format: no data rows"),
        BadFile(name: "missing lap_number column", bytes: {
            let lines = try fixtureLines()
            let edited = lines.enumerated().map { index, line -> String in
                guard index == 9 else { return String(line) }
                return line.replacingOccurrences(of: "lap_number", with: "lap_no")
            }
            return Array(edited.joined(separator: "\n").utf8)
        }, detailPrefix: "Invalid CSV format: missing lap_number column"),
        BadFile(name: "non-numeric speed", bytes: {
            var lines = try fixtureLines().map(String.init)
            var cells = lines[1233].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[14] = "fast"
            lines[1233] = cells.joined(separator: ",")
            return Array(lines.joined(separator: "\n").utf8)
        }, detailPrefix: "Invalid CSV format: row 1234: bad number in speed"),
        BadFile(name: "truncated mid-row", bytes: {
            let lines = try fixtureLines()
            return Array((lines.prefix(2000).joined(separator: "\n") + "\n" + lines[2000].prefix(20)).utf8)
        }, detailPrefix: "Invalid CSV format: row 2001"),
        BadFile(name: "a single lap", bytes: {
            // the out-lap and one lap boundary only: no lap both starts and ends at the line
            let lines = try fixtureLines()
            let firstLapRows = lines.enumerated().filter { index, line in
                index < 12 || line.split(separator: ",", omittingEmptySubsequences: false).dropFirst(2).first.map { $0.isEmpty || $0 == "1" } == true
            }.map(\.element)
            return Array(firstLapRows.joined(separator: "\n").utf8)
        }, detailPrefix: "Invalid CSV format: "),
    ]

    @Test(arguments: corpus)
    func badFileIs422WithClearDetailAndNothingStored(_ bad: BadFile) async throws {
        try await withTestApp { client, world in
            // given
            let bytes = try bad.bytes()
            // when
            let response = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                    headers: world.headers(.driverA, Upload.contentType),
                                                    body: Upload.body([("bad.csv", bytes)]))
            // then
            #expect(response.status == .unprocessableContent)
            #expect(response.detail?.hasPrefix(bad.detailPrefix) == true, "\(response.detail ?? response.text)")
            let rows = try await world.app.database.query("SELECT session_id FROM sessions")
            #expect(rows.isEmpty)
        }
    }

    @Test func oversizeFileIs413() async throws {
        try await withTestApp(configure: { $0.maxUploadSizeMB = 1 }) { client, world in
            let big = [UInt8](repeating: 0x41, count: 1_200_000)
            let response = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                    headers: world.headers(.driverA, Upload.contentType),
                                                    body: Upload.body([("huge.csv", big)]))
            #expect(response.status == .contentTooLarge)
            #expect(response.detail == "huge.csv: exceeds 1MB size limit")
        }
    }

    @Test func sixtyMegabyteFileIsRefusedWithoutHoldingIt() async throws {
        try await withTestApp { client, world in
            let huge = [UInt8](repeating: 0x30, count: 60 * 1024 * 1024)
            let response = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                    headers: world.headers(.driverA, Upload.contentType),
                                                    body: Upload.body([("sixty.csv", huge)]))
            #expect(response.status == .contentTooLarge)
            #expect(response.detail == "sixty.csv: exceeds 50MB size limit")
        }
    }

    @Test func partialSuccessReportsEachFile() async throws {
        try await withTestApp { client, world in
            let good = try Upload.fixtureBytes(Self.fixture)
            let response = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                    headers: world.headers(.driverA, Upload.contentType),
                                                    body: Upload.body([("good.csv", good), ("bad.csv", []), (nil, [1])]))
            #expect(response.status == .ok)
            let upload = try response.decode(UploadResponse.self)
            #expect(upload.session_ids.count == 1)
            #expect(upload.message ==
                    "Processed 1 file(s); 2 error(s): bad.csv: Invalid CSV format: file is empty; File with no name skipped")
            #expect(upload.files.count == 3 && upload.files[0].session_id != nil && upload.files[1].error != nil)
        }
    }

    @Test func requestShapeErrors() async throws {
        try await withTestApp { client, world in
            let notMultipart = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                        headers: world.headers(.driverA, [.contentType: "application/json"]),
                                                        body: ByteBuffer(string: "{}"))
            #expect(notMultipart.status == .unprocessableContent)
            let noFiles = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                   headers: world.headers(.driverA, Upload.contentType),
                                                   body: Upload.body([("x.csv", [1, 2])], field: "other"))
            #expect(noFiles.status == .unprocessableContent)
            // signed out: the one file is read (to try the product) and refused like anyone's
            let anonymous = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                     headers: Upload.contentType, body: Upload.body([("x.csv", [1])]))
            #expect(anonymous.status == .unprocessableContent)
            let twoFiles = try await client.execute(uri: "/api/sessions/upload", method: .post, headers: Upload.contentType,
                                                    body: Upload.body([("x.csv", [1]), ("y.csv", [1])]))
            #expect(twoFiles.status == .unprocessableContent, "\(twoFiles.text)")
        }
    }
}

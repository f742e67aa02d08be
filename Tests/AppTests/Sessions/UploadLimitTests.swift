import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// Request limits of an upload: body size, files and parts per request, part-header size. Each is a 413 or 422
/// naming the limit, answered before the server holds more than the limit allows; nothing is stored.
@Suite struct UploadLimitTests {
    static func multipart(_ parts: [String]) -> ByteBuffer {
        var buffer = ByteBuffer()
        for part in parts { buffer.writeString("--\(Upload.boundary)\r\n" + part + "\r\n") }
        buffer.writeString("--\(Upload.boundary)--\r\n")
        return buffer
    }

    static func field(_ name: String, _ value: String) -> String {
        "Content-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)"
    }

    static func upload(_ client: any TestClientProtocol, _ world: TestWorld, _ body: ByteBuffer,
                       headers: HTTPFields = [:]) async throws -> TestResponse {
        var all = Upload.contentType
        for field in headers { all.append(field) }
        return try await client.execute(uri: "/api/sessions/upload", method: .post, headers: world.headers(.driverA, all), body: body)
    }

    static func storedSessions(_ world: TestWorld) async throws -> Int {
        try await world.app.database.query("SELECT session_id FROM sessions").count
    }

    @Test func twentyOneFilesAre422() async throws {
        try await withTestApp { client, world in
            let files = (1...21).map { (name: Optional("f\($0).csv"), bytes: [UInt8]("x".utf8)) }
            let response = try await Self.upload(client, world, Upload.body(files))
            #expect(response.status == .unprocessableContent)
            #expect(response.detail == "At most 20 files per upload")
        }
    }

    @Test func aBodyOverFilesTimesTheFileLimitIs413() async throws {
        try await withTestApp(configure: { $0.maxUploadSizeMB = 1 }) { client, world in
            // 20 files × 1 MB + 1 MB slack = 21 MB; a 22 MB field that is not a file still counts.
            let filler = String(repeating: "0", count: 22 * 1024 * 1024)
            let response = try await Self.upload(client, world, Self.multipart([Self.field("notes", filler)]))
            #expect(response.status == .contentTooLarge)
            #expect(response.detail == "Request body over 21 MB: at most 20 file(s) of 1 MB each")
            #expect(try await Self.storedSessions(world) == 0)
        }
    }

    @Test func aPartHeaderOver16KBIs413() async throws {
        try await withTestApp { client, world in
            let name = String(repeating: "n", count: 40 * 1024) + ".csv"
            let part = "Content-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\n\r\nx"
            let response = try await Self.upload(client, world, Self.multipart([part]))
            #expect(response.status == .contentTooLarge)
            #expect(response.detail == "A multipart part's headers are over 16 KB")
        }
    }

    @Test func moreThanEightOtherFieldsAre422() async throws {
        try await withTestApp { client, world in
            let parts = (1...9).map { Self.field("extra\($0)", "v") }
            let response = try await Self.upload(client, world, Self.multipart(parts))
            #expect(response.status == .unprocessableContent)
            #expect(response.detail == "Too many multipart parts: at most 20 'files' file(s) and 8 other fields")
        }
    }

    @Test func aShareChallengeTakesOneFile() async throws {
        try await withTestApp { client, world in
            let session = try await world.seed("barber_2026-03-21_novice", as: .driverA, client: client)
            let token = try await TestAPI(client: client, world: world).shareLink(session, as: .driverA)
            let response = try await client.execute(uri: "/api/sharing/\(token)/upload", method: .post,
                                                    headers: Upload.contentType,
                                                    body: Upload.body([("a.csv", [1]), ("b.csv", [2])]))
            #expect(response.status == .unprocessableContent)
            #expect(response.detail == "At most 1 files per upload")
        }
    }
}

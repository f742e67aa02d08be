@testable import App
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

/// The multipart parser: parts and headers as sent, split anywhere across chunks, and a thrown error (never a trap)
/// for malformed input.
@Suite struct MultipartStreamParserTests {
    struct Parsed: Equatable {
        var headers: [[String]] = []
        var bodies: [[UInt8]] = []
    }

    static func parse(_ body: [UInt8], boundary: String = "b0", chunk: Int = .max) throws -> Parsed {
        let parser = MultipartStreamParser(boundary: boundary)
        var parsed = Parsed()
        var current: [UInt8] = []
        parser.onHeader = { name, value in parsed.headers.append([name, value]) }
        parser.onBody = { buffer in current += buffer.readableBytesView }
        parser.onPartComplete = {
            parsed.bodies.append(current)
            current = []
        }
        var offset = 0
        while offset < body.count {
            let end = min(body.count, offset + chunk)
            try parser.execute(ByteBuffer(bytes: body[offset..<end]))
            offset = end
        }
        return parsed
    }

    static let twoParts = Array(("preamble\r\n--b0\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.csv\"\r\n\r\n"
        + "x,y\r\n--b1-not-the-boundary\r\n--b\r\n1,2\r\n--b0\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nü\r\n--b0--\r\nepilogue").utf8)

    @Test(arguments: [1, 2, 3, 7, 64, Int.max])
    func partsSurviveAnyChunking(chunk: Int) throws {
        let parsed = try Self.parse(Self.twoParts, chunk: chunk)
        #expect(parsed.headers == [["Content-Disposition", "form-data; name=\"files\"; filename=\"a.csv\""],
                                   ["Content-Disposition", "form-data; name=\"other\""]])
        #expect(parsed.bodies == [Array("x,y\r\n--b1-not-the-boundary\r\n--b\r\n1,2".utf8), Array("ü".utf8)])
    }

    @Test func partWithoutHeadersAndBodyStartingAtTheFirstByte() throws {
        let parsed = try Self.parse(Array("--b0\r\n\r\nabc\r\n--b0--".utf8))
        #expect(parsed.headers.isEmpty)
        #expect(parsed.bodies == [Array("abc".utf8)])
    }

    /// multipart-kit 4.7.1 trapped (index out of range) on a header-name byte ≥ 0x80, stopping the server.
    @Test(arguments: [
        [UInt8]("--b0\r\n0".utf8) + [0xC2, 0x82, 0xF0, 0x9F] + Array("\r\n--b0--\r\n".utf8),
        [UInt8]("--b0\r\nName".utf8) + [0xFF] + Array(": v\r\n\r\nbody\r\n--b0--\r\n".utf8),
        Array("--b0\r\nno colon here\r\n\r\nbody\r\n--b0--\r\n".utf8),
        Array("--b0\r\n: empty name\r\n\r\nbody\r\n--b0--\r\n".utf8),
        Array("--b0garbage\r\n\r\nbody\r\n--b0--\r\n".utf8),
    ])
    func malformedHeadersThrow(body: [UInt8]) {
        #expect(throws: MultipartStreamParser.Malformed.self) { try Self.parse(body) }
    }

    @Test func nonASCIIHeaderNameIsA422NotACrash() async throws {
        try await withTestApp { client, world in
            // given the request schemathesis found: a part whose header line starts with non-ASCII bytes
            var body = ByteBuffer(string: "--b0\r\n0")
            body.writeBytes([0xC2, 0x82, 0xF0, 0x9F, 0xBA, 0xA7])
            body.writeString("--b0--\r\n")
            // when
            let response = try await client.execute(
                uri: "/api/sessions/upload", method: .post,
                headers: world.headers(.driverA, [.contentType: "multipart/form-data; boundary=b0"]), body: body)
            // then
            #expect(response.status == .unprocessableContent)
            #expect(response.detail == "Malformed multipart/form-data body")
        }
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import App
import TestSupport

/// `Expect: 100-continue` over a real socket: the interim `100 Continue` once the handler wants the body, and the
/// final status without it when the request is refused first (curl waits a second for either before sending).
@Suite struct ExpectContinueTests {
    /// A raw HTTP/1.1 exchange: sends `head`, sends `body` only after a 100; the status codes received, in order.
    /// Waits at most `deadline` for the final answer (complete by its `Content-Length`), so a server that never answers
    /// fails the test with what it did send instead of stalling the run.
    static func exchange(port: Int, head: String, body: [UInt8],
                         deadline: Duration = .seconds(120)) async throws -> (statusCodes: [String], sentBody: Bool) {
        let channel = try await RawHTTP.connect(port: port)
        let transcript = Transcript()
        return try await withThrowingTaskGroup(of: (statusCodes: [String], sentBody: Bool).self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    try await outbound.write(ByteBuffer(string: head))
                    var sentBody = false
                    var iterator = inbound.makeAsyncIterator()
                    while let chunk = try await iterator.next() {
                        let received = transcript.append(String(buffer: chunk))
                        if !sentBody, received.hasPrefix("HTTP/1.1 100 Continue\r\n\r\n") {
                            sentBody = true
                            try await outbound.write(ByteBuffer(bytes: body))
                        }
                        if RawHTTP.parse(received)?.complete == true { break }
                    }
                    let statusCodes = transcript.text.components(separatedBy: "\r\n").filter { $0.hasPrefix("HTTP/1.1 ") }
                        .map { $0.split(separator: " ")[1] }.map(String.init)
                    return (statusCodes, sentBody)
                }
            }
            group.addTask {
                try await Task.sleep(for: deadline)
                throw ExchangeTimeout(received: transcript.text)
            }
            let first = try await group.next()!
            group.cancelAll()
            return first
        }
    }

    /// What the server sent so far (read by the deadline's error).
    struct Transcript: Sendable {
        private let received = Locked("")
        var text: String { received.value }
        func append(_ more: String) -> String { received.withLock { $0 += more; return $0 } }
    }

    struct ExchangeTimeout: Error, CustomStringConvertible {
        var received: String
        var description: String { "no complete final answer in time; received: \(received.prefix(500))" }
    }

    static func uploadHead(_ path: String, length: Int, authorization: String?) -> String {
        var head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
        head += "Content-Type: multipart/form-data; boundary=\(Upload.boundary)\r\nContent-Length: \(length)\r\n"
        if let authorization { head += "Authorization: \(authorization)\r\n" }
        return head + "Connection: close\r\n\r\n"
    }

    @Test func anAcceptedUploadGets100ContinueThenItsAnswer() async throws {
        try await withTestApp(transport: .live) { client, world in
            let body = Array(Upload.body([("x.csv", Array("not,a,csv\n".utf8))]).readableBytesView)
            let head = Self.uploadHead("/api/sessions/upload", length: body.count, authorization: "Bearer " + world.token(.driverA))
            let (lines, sentBody) = try await Self.exchange(port: try #require(client.port), head: head, body: body)
            #expect(sentBody)
            #expect(lines == ["100", "422"])
        }
    }

    @Test func aRefusedUploadGetsItsFinalStatusWithoutTheBody() async throws {
        try await withTestApp(transport: .live) { client, _ in
            let body = Array(Upload.body([("x.csv", Array("not,a,csv\n".utf8))]).readableBytesView)
            // a token that does not verify is refused before the body is read
            let head = Self.uploadHead("/api/sessions/upload", length: body.count, authorization: "Bearer not-a-token")
            let (lines, sentBody) = try await Self.exchange(port: try #require(client.port), head: head, body: body)
            #expect(!sentBody)
            #expect(lines == ["401"])
        }
    }

    @Test func aDeclaredLengthOverTheLimitIs413WithoutTheBody() async throws {
        try await withTestApp(transport: .live, configure: { $0.maxUploadSizeMB = 1 }) { client, world in
            let head = Self.uploadHead("/api/sessions/upload", length: 22 * 1024 * 1024, authorization: "Bearer " + world.token(.driverA))
            let (lines, sentBody) = try await Self.exchange(port: try #require(client.port), head: head, body: [])
            #expect(!sentBody)
            #expect(lines == ["413"])
        }
    }
}

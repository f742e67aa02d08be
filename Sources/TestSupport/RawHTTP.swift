import NIOCore
import NIOPosix

/// HTTP/1.1 over a raw socket, byte for byte: for exchanges a client library would smooth over (sending half a body,
/// `Expect: 100-continue`, a connection cut by a killed server).
public enum RawHTTP {
    /// A received response: the status codes in order (interim ones first) and the final body.
    public struct Received: Sendable {
        public var statuses: [Int]
        public var body: String
        public var status: Int { statuses.last ?? 0 }
    }

    /// Sends `head` and `body` (whole), reads until the server closes or a complete response with `Content-Length`.
    public static func request(port: Int, _ head: String, body: [UInt8] = []) async throws -> Received {
        let connection = try await connect(port: port)
        return try await connection.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: head))
            if !body.isEmpty { try await outbound.write(ByteBuffer(bytes: body)) }
            var received = ""
            for try await chunk in inbound {
                received += String(buffer: chunk)
                if let response = parse(received), response.complete { return response.received }
            }
            return parse(received)?.received ?? Received(statuses: [], body: "")
        }
    }

    /// Opens a connection whose writes the caller drives (to stop half way through a body).
    public static func connect(port: Int) async throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
        try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
    }

    /// The statuses and body of `text` when it holds a response head; whether the body is complete by `Content-Length`.
    public static func parse(_ text: String) -> (received: Received, complete: Bool)? {
        var statuses: [Int] = []
        var rest = Substring(text)
        while let end = rest.range(of: "\r\n\r\n") {
            let head = rest[..<end.lowerBound]
            guard let line = head.split(separator: "\r\n").first, line.hasPrefix("HTTP/1.1 "),
                  let code = Int(line.split(separator: " ")[1]) else { return nil }
            statuses.append(code)
            rest = rest[end.upperBound...]
            if code >= 200 {
                let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }
                let complete = length.map { rest.utf8.count >= $0 } ?? false
                return (Received(statuses: statuses, body: String(rest)), complete)
            }
        }
        return statuses.isEmpty ? nil : (Received(statuses: statuses, body: ""), false)
    }
}

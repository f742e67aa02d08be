import NIOCore
import NIOEmbedded
import NIOWebSocket
import TestSupport

/// WebSocket frames for `ChatSocketClient`'s raw connection, encoded and decoded by NIO's own frame codec.
enum WebSocketFrames {
    /// What the server sent, as the chat client cares about it.
    enum Event {
        case text(String)
        case ping(ByteBuffer)
        /// The close frame's code, nil when it carried none.
        case close(UInt16?)
    }

    /// A masked client frame with `opcode` and `data`, as bytes.
    static func encode(_ opcode: WebSocketOpcode, _ data: ByteBuffer) throws -> ByteBuffer {
        let channel = EmbeddedChannel(handler: WebSocketFrameEncoder())
        let mask = WebSocketMaskingKey((0..<4).map { _ in UInt8.random(in: .min ... .max) })
        try channel.writeOutbound(WebSocketFrame(fin: true, opcode: opcode, maskKey: mask, data: data))
        var bytes = ByteBuffer()
        while var part = try channel.readOutbound(as: ByteBuffer.self) { bytes.writeBuffer(&part) }
        return bytes
    }

    /// A close frame's payload: the code.
    static func closePayload(_ code: UInt16) -> ByteBuffer {
        var payload = ByteBuffer()
        payload.writeInteger(code)
        return payload
    }

    /// Reads the handshake answer, then the server's frames, from a raw connection's inbound bytes.
    struct Reader {
        private var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
        private let decoder = EmbeddedChannel(handler: ByteToMessageHandler(WebSocketFrameDecoder(maxFrameSize: 1 << 20)))
        private var message = ByteBuffer()
        private var inMessage = false

        init(_ inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator) { self.inbound = inbound }

        /// The handshake's final status (0 when the connection ended first); the bytes after its head go to the frame
        /// decoder.
        mutating func readHandshake() async throws -> Int {
            var received = ByteBuffer()
            while var chunk = try await inbound.next() {
                received.writeBuffer(&chunk)
                let bytes = received.readableBytesView
                guard let end = bytes.firstRange(of: Array("\r\n\r\n".utf8)),
                      let response = RawHTTP.parse(String(decoding: bytes[..<end.upperBound], as: UTF8.self)) else { continue }
                received.moveReaderIndex(forwardBy: end.upperBound - bytes.startIndex)
                try decoder.writeInbound(received)
                return response.received.status
            }
            return 0
        }

        /// The next text message, ping or close; nil when the connection ended.
        mutating func next() async throws -> Event? {
            while true {
                while let frame = try decoder.readInbound(as: WebSocketFrame.self) {
                    if let event = take(frame) { return event }
                }
                guard let chunk = try await inbound.next() else { return nil }
                try decoder.writeInbound(chunk)
            }
        }

        private mutating func take(_ frame: WebSocketFrame) -> Event? {
            var data = frame.unmaskedData
            switch frame.opcode {
            case .ping: return .ping(data)
            case .connectionClose: return .close(data.readInteger(as: UInt16.self))
            case .text, .continuation:
                if frame.opcode == .text { inMessage = true; message.clear() }
                guard inMessage else { return nil }
                message.writeBuffer(&data)
                guard frame.fin else { return nil }
                inMessage = false
                return .text(String(buffer: message))
            default: return nil
            }
        }
    }
}

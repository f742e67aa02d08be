import Hummingbird

extension Request {
    /// Whether the request asks to become a WebSocket (`Upgrade: websocket`).
    var isWebSocketUpgrade: Bool { headers[.upgrade]?.lowercased() == "websocket" }
}

/// The page origins `CORS_ORIGINS` allows (`*`: any), for both CORS and the WebSocket handshake.
struct OriginAllowlist: Sendable {
    let origins: Set<String>

    func allows(_ origin: String) -> Bool { origins.contains("*") || origins.contains(origin) }
}

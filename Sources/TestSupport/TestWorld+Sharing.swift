import HTTPTypes

extension TestWorld.Persona {
    /// Holds a valid share token of a link on driver A's session (sent as `X-Share-Token`, and in the path of the
    /// sharing routes).
    public static let shareValid = TestWorld.Persona(name: "share-valid")
    /// Holds the token of a link on driver A's session that expired a day ago.
    public static let shareExpired = TestWorld.Persona(name: "share-expired")

    public var isShareHolder: Bool { name.hasPrefix("share-") }
}

extension TestWorld {
    /// Headers that present a share token (outside the sharing routes' path).
    public func shareHeaders(_ token: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        headers[HTTPField.Name("X-Share-Token")!] = token
        return headers
    }
}

/// The two salts (= cookie names) a session token can be bound to (auth.md §1, §2).
public enum TokenSalt: String, Sendable, CaseIterable {
    /// `__Secure-authjs.session-token`: the HTTPS cookie, and every Bearer token.
    case secure = "__Secure-authjs.session-token"
    /// `authjs.session-token`: the plain-`http://` development cookie.
    case development = "authjs.session-token"

    /// The cookie name this salt belongs to (identical to the raw value).
    public var cookieName: String { rawValue }
}

/// A token found in a request, with the salt it must be verified with (auth.md §4).
public struct TokenSource: Sendable, Equatable {
    /// The token as it arrived (cookie values unquoted, chunks joined).
    public let token: String
    /// The salt for verification: `.secure` for Bearer tokens and the `__Secure-`
    /// cookie, `.development` for the plain cookie.
    public let salt: TokenSalt
    /// Where the token came from, safe to log: `"bearer"`,
    /// `"cookie:__Secure-authjs.session-token"` or `"cookie:authjs.session-token"`.
    public let label: String

    /// Creates a token source.
    public init(token: String, salt: TokenSalt, label: String) {
        self.token = token
        self.salt = salt
        self.label = label
    }
}

/// The user a verified session token (or the dev bypass) stands for.
///
/// Mapped from the token's claims as in auth.md §3 ("Claims to user"):
/// `subject` is the opaque `sub`, `email` is passed through unchanged, `name` is
/// the empty string when the claim is absent or not a string, and `picture` is
/// `nil` when the claim is absent, not a string, or empty.
public struct AuthIdentity: Sendable, Equatable {
    /// The token's `sub` claim, treated as an opaque string (never parsed).
    public let subject: String
    /// The token's `email` claim, exactly as Auth.js wrote it.
    public let email: String
    /// The token's `name` claim, or `""` when absent.
    public let name: String
    /// The token's `picture` claim, or `nil` when absent or empty.
    public let picture: String?

    /// Creates an identity from its four fields.
    public init(subject: String, email: String, name: String, picture: String?) {
        self.subject = subject
        self.email = email
        self.name = name
        self.picture = picture
    }
}

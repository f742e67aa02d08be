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
    /// The token's `email_verified` claim when it is a boolean (Auth.js copies it from OIDC providers when asked).
    public let emailVerified: Bool?
    /// The token's `provider` claim when it is a string (the Auth.js provider id, e.g. `google`, when the app's
    /// `jwt` callback adds it).
    public let provider: String?

    /// Creates an identity.
    public init(subject: String, email: String, name: String, picture: String?, emailVerified: Bool? = nil,
                provider: String? = nil) {
        self.subject = subject
        self.email = email
        self.name = name
        self.picture = picture
        self.emailVerified = emailVerified
        self.provider = provider
    }
}

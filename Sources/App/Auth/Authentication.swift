import AuthJS

/// The outcome of reading credentials from a request.
public enum Authentication: Sendable, Equatable {
    /// A verified Auth.js token or a dev-bypass identity.
    case user(AuthIdentity, via: String)
    /// A share-link token (sharing module).
    case share(linkID: String)
    /// No credentials, or no way to check them.
    case anonymous(reason: AnonymousReason)

    public enum AnonymousReason: Sendable, Equatable {
        case noCredentials
        /// No secret configured: user routes answer 503 instead of 401.
        case authNotConfigured
    }
}

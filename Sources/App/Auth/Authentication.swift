import AuthJS

/// The outcome of reading credentials from a request.
public enum Authentication: Sendable, Equatable {
    /// A verified Auth.js token or a dev-bypass identity.
    case user(AuthIdentity, via: String)
    /// A share-link token: from the path of a route bound with `share_token_param`, or the `X-Share-Token` header.
    /// Never logged.
    case share(token: String)
    /// A signed-out visitor's claim token (the `cataclysm_claim` cookie an anonymous upload set). Never logged.
    case claim(token: String)
    /// No credentials, or no way to check them.
    case anonymous(reason: AnonymousReason)

    public enum AnonymousReason: Sendable, Equatable {
        case noCredentials
        /// No secret configured: user routes answer 503 instead of 401.
        case authNotConfigured
        /// Credentials that did not verify, on a WebSocket upgrade: the socket closes 4001 instead of an HTTP 401.
        case rejectedCredentials
    }
}

/// A link together with the session it publishes, as the resource loader hands it to handlers.
public struct SharedSession: Sendable, Equatable {
    public var link: ShareLink
    public var session: SessionRecord
    /// The owner's display name; nil when they have none (their email is never shown through a link).
    public var inviterName: String?
    /// The stored SHA-256 hex of the link's token (for a constant-time re-check of a lookup).
    public var tokenHash: String

    public init(link: ShareLink, session: SessionRecord, inviterName: String?, tokenHash: String) {
        self.link = link
        self.session = session
        self.inviterName = inviterName
        self.tokenHash = tokenHash
    }
}

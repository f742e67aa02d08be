import Foundation

/// A share link: publishes one session of its owner to whoever holds the token. The token itself is never stored.
public struct ShareLink: Sendable, Equatable {
    /// How long a link works after it is created (platform.md §6.1).
    public static let lifetime: TimeInterval = 7 * 24 * 3600

    /// Link id (not a secret: the owner's list shows it, and the owner may revoke by it).
    public var id: String
    public var ownerID: String
    public var sessionID: String
    public var trackName: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(id: String, ownerID: String, sessionID: String, trackName: String, createdAt: Date, expiresAt: Date) {
        self.id = id
        self.ownerID = ownerID
        self.sessionID = sessionID
        self.trackName = trackName
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }

    /// Whether the link no longer accepts uploads or serves comparisons.
    public func isExpired(at now: Date) -> Bool { now >= expiresAt }
}

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

/// One line of the owner's link list.
public struct ShareLinkSummary: Sendable, Equatable {
    public var link: ShareLink
    public var comparisons: Int

    public init(link: ShareLink, comparisons: Int) {
        self.link = link
        self.comparisons = comparisons
    }
}

/// A comparison made through a link: the challenger's upload against the shared session.
public struct ShareComparison: Sendable, Equatable {
    public var id: String
    public var linkID: String
    /// Nil once the challenger's session has expired and been deleted.
    public var challengerSessionID: String?
    public var reportJSON: String
    public var createdAt: Date

    public init(id: String, linkID: String, challengerSessionID: String?, reportJSON: String, createdAt: Date) {
        self.id = id
        self.linkID = linkID
        self.challengerSessionID = challengerSessionID
        self.reportJSON = reportJSON
        self.createdAt = createdAt
    }
}

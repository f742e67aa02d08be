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

import Foundation

/// A stored invite: the pending link it will fill and when it stops working. The code itself is never stored.
public struct InstructorInvite: Sendable, Equatable {
    /// Invites expire seven days after they are created (platform.md §10.2 "New").
    public static let lifetime: TimeInterval = 7 * 24 * 60 * 60

    public var linkID: String
    public var instructorID: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(linkID: String, instructorID: String, createdAt: Date, expiresAt: Date) {
        self.linkID = linkID
        self.instructorID = instructorID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// What accepting an invite did.
public enum InviteAcceptance: Sendable, Equatable {
    /// The caller is now actively linked to the instructor (a new link, or a removed one re-activated).
    case linked(instructorID: String)
    /// No invite has this code, or it was used or has expired; nothing changed.
    case invalid
    /// The caller created this invite; nothing changed and the invite stays usable.
    case ownInvite
}

/// Status of an instructor–student link.
public enum LinkStatus: String, Sendable, CaseIterable {
    case pending, active, removed
}

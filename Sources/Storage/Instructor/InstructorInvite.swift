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

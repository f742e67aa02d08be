import Foundation

/// One user's rating of one section of a session's coaching report (platform.md §3.6).
public struct SectionFeedback: Sendable, Equatable {
    public var sessionID: String
    public var userID: String
    /// `summary`, `patterns`, `drills`, `corner_grades` or `corner_<n>`.
    public var section: String
    /// -1 or 1 (a 0 removes the row).
    public var rating: Int
    public var comment: String?
    public var createdAt: Date

    public init(sessionID: String, userID: String, section: String, rating: Int, comment: String?, createdAt: Date) {
        self.sessionID = sessionID
        self.userID = userID
        self.section = section
        self.rating = rating
        self.comment = comment
        self.createdAt = createdAt
    }
}

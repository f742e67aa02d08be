import Foundation

/// A comparison made through a link: the challenger's upload against the shared session.
public struct ShareComparison: Sendable, Equatable {
    public var id: String
    public var linkID: String
    /// Nil once the challenger's session has expired and been deleted.
    public var challengerSessionID: String?
    public var reportJSON: String
    public var createdAt: Date
    /// The AI comparison narrative cached on this comparison (§6.2); nil until written.
    public var aiComparisonText: String?

    public init(id: String, linkID: String, challengerSessionID: String?, reportJSON: String, createdAt: Date,
                aiComparisonText: String? = nil) {
        self.id = id
        self.linkID = linkID
        self.challengerSessionID = challengerSessionID
        self.reportJSON = reportJSON
        self.createdAt = createdAt
        self.aiComparisonText = aiComparisonText
    }
}

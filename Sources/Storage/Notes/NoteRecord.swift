import Foundation

/// One private note (client-extras.md §1): global when `sessionID` is nil, else attached to one of the owner's
/// sessions and optionally anchored to an element of its report.
public struct NoteRecord: Sendable, Equatable {
    public var id: String
    public var ownerID: String
    public var sessionID: String?
    public var anchorType: String?
    public var anchorID: String?
    /// The anchor's metadata as a JSON object's text.
    public var anchorMetaJSON: String?
    public var content: String
    public var isPinned: Bool
    public var color: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: String, ownerID: String, sessionID: String?, anchorType: String?, anchorID: String?,
                anchorMetaJSON: String?, content: String, isPinned: Bool, color: String?, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.ownerID = ownerID
        self.sessionID = sessionID
        self.anchorType = anchorType
        self.anchorID = anchorID
        self.anchorMetaJSON = anchorMetaJSON
        self.content = content
        self.isPinned = isPinned
        self.color = color
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

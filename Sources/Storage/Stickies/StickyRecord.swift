import Foundation

/// One sticky note pinned at a position of the web client's viewport (client-extras.md §2).
public struct StickyRecord: Sendable, Equatable {
    public var id: String
    public var ownerID: String
    /// Fraction of the viewport's width, 0…1.
    public var posX: Double
    /// Fraction of the viewport's height, 0…100 (above 1: below the fold).
    public var posY: Double
    public var content: String
    public var tone: String
    public var collapsed: Bool
    public var viewScope: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: String, ownerID: String, posX: Double, posY: Double, content: String, tone: String, collapsed: Bool,
                viewScope: String, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.ownerID = ownerID
        self.posX = posX
        self.posY = posY
        self.content = content
        self.tone = tone
        self.collapsed = collapsed
        self.viewScope = viewScope
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

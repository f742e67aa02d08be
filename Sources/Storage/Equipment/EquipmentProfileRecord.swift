import Foundation

/// A stored equipment profile (platform.md §4.5): the content is one JSON document the app reads and writes.
public struct EquipmentProfileRecord: Sendable, Equatable {
    public var id: String
    /// Nil for legacy rows without an owner (nobody may then read them).
    public var ownerID: String?
    public var name: String
    public var documentJSON: String
    public var isDefault: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: String, ownerID: String?, name: String, documentJSON: String, isDefault: Bool, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.ownerID = ownerID
        self.name = name
        self.documentJSON = documentJSON
        self.isDefault = isDefault
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

import Foundation

/// An organization as stored, with its current member count (the `OrgSummary` of platform.md §11.3).
public struct Organization: Sendable, Equatable {
    public var id: String
    public var name: String
    public var slug: String
    public var logoURL: String?
    public var brandColor: String?
    public var createdAt: Date
    public var memberCount: Int

    public init(id: String, name: String, slug: String, logoURL: String?, brandColor: String?, createdAt: Date, memberCount: Int) {
        self.id = id
        self.name = name
        self.slug = slug
        self.logoURL = logoURL
        self.brandColor = brandColor
        self.createdAt = createdAt
        self.memberCount = memberCount
    }

    /// The scope every query about this organization's members and events takes.
    public var scope: OrgScope { OrgScope(orgID: id) }
}

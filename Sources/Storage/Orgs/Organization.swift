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

/// What creating an organization needs; the slug is already validated by the caller.
public struct NewOrganization: Sendable, Equatable {
    public var name: String
    public var slug: String
    public var logoURL: String?
    public var brandColor: String?

    public init(name: String, slug: String, logoURL: String? = nil, brandColor: String? = nil) {
        self.name = name
        self.slug = slug
        self.logoURL = logoURL
        self.brandColor = brandColor
    }
}

/// A partial update of an organization's profile: fields left `.unchanged` keep their value.
public struct OrganizationChanges: Sendable, Equatable {
    public var name: FieldUpdate<String>
    public var logoURL: FieldUpdate<String?>
    public var brandColor: FieldUpdate<String?>

    public init(name: FieldUpdate<String> = .unchanged, logoURL: FieldUpdate<String?> = .unchanged,
                brandColor: FieldUpdate<String?> = .unchanged) {
        self.name = name
        self.logoURL = logoURL
        self.brandColor = brandColor
    }
}

/// One field of a partial update: keep it, or set it (to `nil` as well, for nullable fields).
public enum FieldUpdate<Value: Sendable & Equatable>: Sendable, Equatable {
    case unchanged
    case set(Value)
}

/// The organization whose members and events a query may touch. Every tenant query of `OrgStore` takes one.
public struct OrgScope: Sendable, Equatable {
    public let orgID: String
    public init(orgID: String) { self.orgID = orgID }
}

import Foundation

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

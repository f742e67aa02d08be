import Foundation
import Storage

/// `OrgSummary` (platform.md §11.3).
struct OrgSummary: Codable {
    let organization: Organization

    enum CodingKeys: String, CodingKey { case id, name, slug, logo_url, brand_color, member_count }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(organization.id, forKey: .id)
        try container.encode(organization.name, forKey: .name)
        try container.encode(organization.slug, forKey: .slug)
        try container.encode(organization.logoURL, forKey: .logo_url)
        try container.encode(organization.brandColor, forKey: .brand_color)
        try container.encode(organization.memberCount, forKey: .member_count)
    }
}

extension OrgSummary {
    /// Reads what `encode(to:)` writes; `createdAt`, which the API does not show, is the distant past.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        organization = Organization(
            id: try container.decode(String.self, forKey: .id), name: try container.decode(String.self, forKey: .name),
            slug: try container.decode(String.self, forKey: .slug), logoURL: try container.decode(String?.self, forKey: .logo_url),
            brandColor: try container.decode(String?.self, forKey: .brand_color), createdAt: .distantPast,
            memberCount: try container.decode(Int.self, forKey: .member_count))
    }
}


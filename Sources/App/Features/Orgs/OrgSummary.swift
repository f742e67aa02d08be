import Foundation
import Storage

/// `OrgSummary` (platform.md §11.3).
struct OrgSummary: Encodable {
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

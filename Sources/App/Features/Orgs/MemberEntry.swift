import Foundation
import Storage

/// One entry of `{"members": [...]}`.
struct MemberEntry: Codable {
    let member: OrgMember

    enum CodingKeys: String, CodingKey { case user_id, name, email, role, run_group, joined_at }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(member.userID, forKey: .user_id)
        try container.encode(member.name, forKey: .name)
        try container.encode(member.email, forKey: .email)
        try container.encode(member.role.rawValue, forKey: .role)
        try container.encode(member.runGroup, forKey: .run_group)
        try container.encode(member.joinedAt, forKey: .joined_at)
    }
}

extension MemberEntry {
    /// Reads what `encode(to:)` writes.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        member = OrgMember(
            userID: try container.decode(String.self, forKey: .user_id), name: try container.decode(String.self, forKey: .name),
            email: try container.decode(String.self, forKey: .email), role: try container.decode(OrgRole.self, forKey: .role),
            runGroup: try container.decode(String?.self, forKey: .run_group), joinedAt: try container.decode(Date.self, forKey: .joined_at))
    }
}


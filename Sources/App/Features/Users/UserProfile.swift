import Foundation
import Storage

/// `UserSchema` plus the read-only platform role.
public struct UserProfile: Codable {
    public var id: String
    var email: String
    var name: String
    var avatar_url: String?
    var skill_level: String
    var role: String
    var leaderboard_opt_in: Bool
    var created_at: Date

    init(_ account: UserAccount) {
        id = account.id
        email = account.email
        name = account.name
        avatar_url = account.avatarURL
        skill_level = account.skillLevel.rawValue
        role = account.role.rawValue
        leaderboard_opt_in = account.leaderboardOptIn
        created_at = account.createdAt
    }

    enum CodingKeys: String, CodingKey { case id, email, name, avatar_url, skill_level, role, leaderboard_opt_in, created_at }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(email, forKey: .email)
        try container.encode(name, forKey: .name)
        try container.encode(avatar_url, forKey: .avatar_url)
        try container.encode(skill_level, forKey: .skill_level)
        try container.encode(role, forKey: .role)
        try container.encode(leaderboard_opt_in, forKey: .leaderboard_opt_in)
        try container.encode(created_at, forKey: .created_at)
    }
}

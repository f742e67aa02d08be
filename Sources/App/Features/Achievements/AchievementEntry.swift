import Foundation
import Storage

/// One badge as the API shows it (platform.md §8.3), unlocked or not.
struct AchievementEntry: Codable, Sendable, Equatable {
    var id: String
    var name: String
    var description: String
    var criteria_type: String
    var criteria_value: Double
    var tier: String
    var icon: String
    var category: String
    var unlocked: Bool
    var session_id: String?
    var unlocked_at: String?

    init(_ definition: AchievementDefinition, unlock: AchievementUnlock?) {
        id = definition.id
        name = definition.name
        description = definition.description
        criteria_type = definition.criteriaType
        criteria_value = definition.criteriaValue
        tier = definition.tier
        icon = definition.icon
        category = definition.category
        unlocked = unlock != nil
        session_id = unlock?.sessionID
        unlocked_at = unlock.map { Timestamp.iso8601($0.unlockedAt) }
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, criteria_type, criteria_value, tier, icon, category, unlocked, session_id, unlocked_at
    }

    /// `session_id` and `unlocked_at` are written as `null` while locked.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(description, forKey: .description)
        try c.encode(criteria_type, forKey: .criteria_type)
        try c.encode(criteria_value, forKey: .criteria_value)
        try c.encode(tier, forKey: .tier)
        try c.encode(icon, forKey: .icon)
        try c.encode(category, forKey: .category)
        try c.encode(unlocked, forKey: .unlocked)
        try c.encode(session_id, forKey: .session_id)
        try c.encode(unlocked_at, forKey: .unlocked_at)
    }
}

import Foundation

/// A user as stored: a stable internal id, independent of the identity provider's `sub`.
public struct UserAccount: Sendable, Equatable {
    public var id: String
    public var email: String
    public var name: String
    public var avatarURL: String?
    public var skillLevel: SkillLevel
    public var role: PlatformRole
    public var leaderboardOptIn: Bool
    public var createdAt: Date

    public init(id: String, email: String, name: String, avatarURL: String?, skillLevel: SkillLevel,
                role: PlatformRole, leaderboardOptIn: Bool, createdAt: Date) {
        self.id = id
        self.email = email
        self.name = name
        self.avatarURL = avatarURL
        self.skillLevel = skillLevel
        self.role = role
        self.leaderboardOptIn = leaderboardOptIn
        self.createdAt = createdAt
    }
}

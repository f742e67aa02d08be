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

/// A driver's self-declared level; drives the coaching tone.
public enum SkillLevel: String, Sendable, CaseIterable, Codable {
    case novice, intermediate, advanced
}

/// The platform-wide role, set by operators (`cataclysm users set-role`).
public enum PlatformRole: String, Sendable, CaseIterable, Codable {
    case driver, instructor
}

/// A sign-in the user store refuses to map onto a user.
public enum IdentityConflict: Error, Sendable, Equatable {
    /// The email belongs to an existing account and this sign-in does not prove the address, so linking it would
    /// hand that account to whoever controls the token's email claim.
    case emailHeldByAnotherAccount
}

/// The identity a request arrived with, as the user store needs it.
public struct ArrivingIdentity: Sendable, Equatable {
    public var subject: String
    public var email: String
    public var name: String
    public var picture: String?
    /// Whether a new `sub` may be attached to an existing user with the same email (the sign-in proves the address).
    public var linkByEmail: Bool
    /// Whether a new user takes the subject as its id (the dev bypass's test users) instead of a fresh `usr_` id.
    public var subjectIsUserID: Bool

    public init(subject: String, email: String, name: String, picture: String?, linkByEmail: Bool,
                subjectIsUserID: Bool = false) {
        self.subject = subject
        self.email = email
        self.name = name
        self.picture = picture
        self.linkByEmail = linkByEmail
        self.subjectIsUserID = subjectIsUserID
    }
}

import Foundation

/// A badge a user has unlocked: with which session (when one triggered it), when, and whether they have seen it.
public struct AchievementUnlock: Sendable, Equatable {
    public var achievementID: String
    public var sessionID: String?
    public var unlockedAt: Date
    public var isNew: Bool

    public init(achievementID: String, sessionID: String?, unlockedAt: Date, isNew: Bool) {
        self.achievementID = achievementID
        self.sessionID = sessionID
        self.unlockedAt = unlockedAt
        self.isNew = isNew
    }
}

import Foundation

/// Badge definitions and users' unlocks (platform.md §8).
public protocol AchievementStore: Sendable {
    /// The catalogue, in catalogue order.
    func definitions() async throws -> [AchievementDefinition]
    /// The user's unlocks.
    func unlocks(userID: String) async throws -> [AchievementUnlock]
    /// Session count, laps, best consistency and distinct tracks over the user's own sessions.
    func progress(userID: String) async throws -> AchievementProgress
    /// Unlocks each badge the user does not hold yet (new, with `sessionID`); returns the ids this call inserted.
    /// Safe against a concurrent evaluation: a badge is inserted once.
    func unlock(_ achievementIDs: [String], userID: String, sessionID: String?, now: Date) async throws -> [String]
    /// Marks the user's new unlocks seen; returns how many were new.
    func acknowledge(userID: String) async throws -> Int
}

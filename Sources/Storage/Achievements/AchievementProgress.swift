/// What the count and score badges read (platform.md §8.2), over the sessions a user owns.
public struct AchievementProgress: Sendable, Equatable {
    public var sessionCount: Int
    /// Σ `n_laps`.
    public var totalLaps: Int
    /// The highest session consistency score, if any session has one.
    public var bestConsistencyScore: Double?
    /// Distinct track names.
    public var trackCount: Int

    public init(sessionCount: Int, totalLaps: Int, bestConsistencyScore: Double?, trackCount: Int) {
        self.sessionCount = sessionCount
        self.totalLaps = totalLaps
        self.bestConsistencyScore = bestConsistencyScore
        self.trackCount = trackCount
    }
}

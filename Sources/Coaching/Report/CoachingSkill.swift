/// The driver's skill level a report is written for (platform.md §3.3 fits the language to it).
public enum CoachingSkill: String, Sendable, Codable, CaseIterable {
    case novice, intermediate, advanced

    /// How many priority corners a report names at this level (§3.3: no more than 2 for novices).
    public var priorityCornerCount: Int { self == .novice ? 2 : 3 }
}

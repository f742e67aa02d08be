/// One badge of the catalogue (platform.md §8.1), as seeded by the migration.
public struct AchievementDefinition: Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String
    /// `session_count`, `total_laps`, `score_threshold`, `track_count`, `all_grades_a`, `all_grades_b_plus`,
    /// `all_trail_grades_a`.
    public var criteriaType: String
    public var criteriaValue: Double
    /// `bronze`, `silver`, `gold` or `platinum`.
    public var tier: String
    public var icon: String
    public var category: String

    public init(id: String, name: String, description: String, criteriaType: String, criteriaValue: Double, tier: String,
                icon: String, category: String) {
        self.id = id
        self.name = name
        self.description = description
        self.criteriaType = criteriaType
        self.criteriaValue = criteriaValue
        self.tier = tier
        self.icon = icon
        self.category = category
    }
}

/// The content of a coaching report (platform.md §3.1 without the lifecycle fields the server adds: `session_id`,
/// `status`, `regen_*`, `generation_*`). Written by the built-in coach or an LLM provider.
public struct CoachingReport: Sendable, Codable, Equatable {
    public var skill_level: CoachingSkill
    public var summary: String
    public var primary_focus: String
    public var priority_corners: [PriorityCorner]
    public var corner_grades: [CornerGrade]
    public var patterns: [String]
    public var drills: [String]
    public var validation_failed: Bool
    public var validation_violations: [String]
    /// `builtin`, or `provider:model` (e.g. `anthropic:claude-sonnet-4`).
    public var generated_by: String

    public init(skill_level: CoachingSkill, summary: String, primary_focus: String, priority_corners: [PriorityCorner],
                corner_grades: [CornerGrade], patterns: [String], drills: [String], validation_failed: Bool = false,
                validation_violations: [String] = [], generated_by: String) {
        self.skill_level = skill_level
        self.summary = summary
        self.primary_focus = primary_focus
        self.priority_corners = priority_corners
        self.corner_grades = corner_grades
        self.patterns = patterns
        self.drills = drills
        self.validation_failed = validation_failed
        self.validation_violations = validation_violations
        self.generated_by = generated_by
    }

    /// Every text of the report, for the content checks.
    public var texts: [String] {
        [summary, primary_focus] + patterns + drills + priority_corners.flatMap { [$0.issue, $0.tip] }
            + corner_grades.flatMap { [$0.notes, $0.braking_reason, $0.trail_braking_reason, $0.min_speed_reason, $0.throttle_reason] }
    }

    /// Drops corner entries outside `1...cornerCount` (§3.1: at generation and again when served).
    public func keepingCorners(upTo cornerCount: Int) -> CoachingReport {
        var kept = self
        kept.corner_grades = corner_grades.filter { $0.corner >= 1 && $0.corner <= cornerCount }
        kept.priority_corners = priority_corners.filter { $0.corner >= 1 && $0.corner <= cornerCount }
        return kept
    }
}

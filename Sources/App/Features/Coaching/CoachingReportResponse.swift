import Coaching
import Foundation
import Storage

/// `CoachingReportResponse` (platform.md §3.1): a written report, or the generating placeholder, with the caller's
/// regenerations left today.
struct CoachingReportResponse: Codable {
    var session_id: String
    var status: String
    var skill_level: String
    var summary: String?
    var primary_focus: String
    var priority_corners: [PriorityCorner]
    var corner_grades: [CornerGrade]
    var patterns: [String]
    var drills: [String]
    var validation_failed: Bool
    var validation_violations: [String]
    var generated_by: String?
    var regen_remaining: Int
    var regen_max: Int
    var generation_started_at: String?
    var generation_estimated_s: Double?

    /// A written report, its corners kept to `1...cornerCount` (§3.1: again when served).
    init(sessionID: String, report: CoachingReport, cornerCount: Int, regenerations: Regenerations) {
        let kept = report.keepingCorners(upTo: cornerCount)
        session_id = sessionID
        status = CoachingReportStatus.ready.rawValue
        skill_level = report.skill_level.rawValue
        summary = kept.summary
        primary_focus = kept.primary_focus
        priority_corners = kept.priority_corners
        corner_grades = kept.corner_grades
        patterns = kept.patterns
        drills = kept.drills
        validation_failed = kept.validation_failed
        validation_violations = kept.validation_violations
        generated_by = kept.generated_by
        regen_remaining = regenerations.remaining
        regen_max = regenerations.limit
    }

    /// The placeholder while a report is being written: echoes the requested level (§3.2 "New").
    init(sessionID: String, generatingAt skill: CoachingSkill, startedAt: Date?, estimatedSeconds: Double,
         regenerations: Regenerations) {
        session_id = sessionID
        status = CoachingReportStatus.generating.rawValue
        skill_level = skill.rawValue
        summary = nil
        primary_focus = ""
        priority_corners = []
        corner_grades = []
        patterns = []
        drills = []
        validation_failed = false
        validation_violations = []
        regen_remaining = regenerations.remaining
        regen_max = regenerations.limit
        generation_started_at = startedAt.map(Timestamp.iso8601)
        generation_estimated_s = estimatedSeconds
    }

    enum CodingKeys: String, CodingKey {
        case session_id, status, skill_level, summary, primary_focus, priority_corners, corner_grades, patterns, drills,
             validation_failed, validation_violations, generated_by, regen_remaining, regen_max, generation_started_at,
             generation_estimated_s
    }

    /// Writes every key, `null` included (the placeholder's `summary` is `null`, not absent).
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(session_id, forKey: .session_id)
        try container.encode(status, forKey: .status)
        try container.encode(skill_level, forKey: .skill_level)
        try container.encode(summary, forKey: .summary)
        try container.encode(primary_focus, forKey: .primary_focus)
        try container.encode(priority_corners, forKey: .priority_corners)
        try container.encode(corner_grades, forKey: .corner_grades)
        try container.encode(patterns, forKey: .patterns)
        try container.encode(drills, forKey: .drills)
        try container.encode(validation_failed, forKey: .validation_failed)
        try container.encode(validation_violations, forKey: .validation_violations)
        try container.encode(generated_by, forKey: .generated_by)
        try container.encode(regen_remaining, forKey: .regen_remaining)
        try container.encode(regen_max, forKey: .regen_max)
        try container.encode(generation_started_at, forKey: .generation_started_at)
        try container.encode(generation_estimated_s, forKey: .generation_estimated_s)
    }
}

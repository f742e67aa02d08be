import Coaching
import Storage
import TelemetryCore

/// When a badge is earned (platform.md §8.2), as a pure function of the user's progress and, for the grade badges, the
/// corner grades of the session's most recent report.
///
/// The grade badges need at least one corner actually graded in their dimension (ours, not the original's): a
/// novice report grades no trail braking (every corner `N/A`), and that is not a Trail Wizard.
enum AchievementRules {
    static let letterA: Set<String> = ["A", "A+"]
    static let bPlusOrBetter: Set<String> = ["A+", "A", "A-", "B+"]

    static func isMet(_ definition: AchievementDefinition, progress: AchievementProgress, grades: [CornerGrade]?) -> Bool {
        let value = definition.criteriaValue
        switch definition.criteriaType {
        case "session_count": return Double(progress.sessionCount) >= value
        case "total_laps": return Double(progress.totalLaps) >= value
        case "score_threshold": return (progress.bestConsistencyScore ?? -.infinity) >= value
        case "track_count": return Double(progress.trackCount) >= value
        case "all_grades_a": return allGraded(grades?.map(\.braking), within: letterA)
        case "all_grades_b_plus": return allGraded(grades?.map(\.trail_braking), within: bPlusOrBetter)
        case "all_trail_grades_a": return allGraded(grades?.map(\.trail_braking), within: letterA)
        default: return false
        }
    }

    /// At least one grade that applies, and every grade that applies in `passing` (a missing grade, `?`, fails).
    static func allGraded(_ values: [String]?, within passing: Set<String>) -> Bool {
        let graded = (values ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !GradeText.notApplicable.contains($0) }
        return !graded.isEmpty && graded.allSatisfy(passing.contains)
    }

    /// Whether the badge reads a report's grades (and so can only unlock for a given session).
    static func needsGrades(_ definition: AchievementDefinition) -> Bool {
        ["all_grades_a", "all_grades_b_plus", "all_trail_grades_a"].contains(definition.criteriaType)
    }
}

import Coaching
import Storage

/// The report-time auto-flag rules of platform.md §10.4 (3 and 4). Pure: a report in, flags out.
enum ReportFlagRules {
    /// Braking and trail-braking grades that count as praise-worthy (or a grade that does not apply).
    static let praiseGrades: Set<String> = ["A+", "A", "A-", "B+", "B", "N/A"]
    /// Words in a pattern that make it a safety concern.
    static let safetyWords = ["brake fade", "overdriving", "spin", "off-track"]

    static func flags(for report: CoachingReport, sessionID: String) -> [NewStudentFlag] {
        var flags: [NewStudentFlag] = []
        if !report.corner_grades.isEmpty, report.corner_grades.allSatisfy({
            praiseGrades.contains($0.braking) && praiseGrades.contains($0.trail_braking)
        }) {
            flags.append(NewStudentFlag(sessionID: sessionID, type: .praise,
                                        description: "Braking and trail braking graded B or better at every corner"))
        }
        if let pattern = report.patterns.first(where: { text in safetyWords.contains { text.lowercased().contains($0) } }) {
            flags.append(NewStudentFlag(sessionID: sessionID, type: .safety, description: "Coaching report: \(pattern)"))
        }
        return flags
    }
}

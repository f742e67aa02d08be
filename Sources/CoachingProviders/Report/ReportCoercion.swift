import Coaching
import Foundation
import JSONValues

/// Turns a model's JSON answer into a `CoachingReport` with the field coercion of platform.md §3.1: corner numbers to
/// integers (non-numeric → 0), `time_cost_s` finite and non-negative (else 0), grades normalised (missing or invalid
/// → `?`), novice trail braking `N/A`, corners outside `1...cornerCount` dropped, at most the skill's number of
/// priority corners. Only an answer without a summary is refused (`UnparseableOutput`).
enum ReportCoercion {
    static let noviceTrailBrakingReason = "Trail braking is not graded at the novice level."

    static func report(from answer: String, facts: CoachingFacts, generatedBy: String) throws -> CoachingReport {
        let json = try JSONExtraction.object(in: answer)
        guard let summary = json["summary"]?.string, !summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw UnparseableOutput("the report has no summary")
        }
        let priorities = objects(json["priority_corners"]).map(priorityCorner)
        var grades = objects(json["corner_grades"]).map(cornerGrade)
        if facts.skill == .novice {
            grades = grades.map { grade in
                var grade = grade
                grade.trail_braking = "N/A"
                grade.trail_braking_reason = noviceTrailBrakingReason
                return grade
            }
        }
        let report = CoachingReport(
            skill_level: facts.skill, summary: summary, primary_focus: text(json["primary_focus"]),
            priority_corners: priorities, corner_grades: grades,
            patterns: strings(json["patterns"]), drills: strings(json["drills"]), generated_by: generatedBy)
        var kept = report.keepingCorners(upTo: facts.cornerCount)
        kept.priority_corners = Array(kept.priority_corners.prefix(facts.skill.priorityCornerCount))
        return kept
    }

    static func priorityCorner(_ json: JSONValue) -> PriorityCorner {
        PriorityCorner(corner: cornerNumber(json["corner"]), time_cost_s: timeCost(json["time_cost_s"]),
                       issue: text(json["issue"]), tip: text(json["tip"]))
    }

    static func cornerGrade(_ json: JSONValue) -> CornerGrade {
        CornerGrade(corner: cornerNumber(json["corner"]),
                    braking: grade(json["braking"], notApplicableAllowed: true),
                    trail_braking: grade(json["trail_braking"], notApplicableAllowed: true),
                    min_speed: grade(json["min_speed"], notApplicableAllowed: false),
                    throttle: grade(json["throttle"], notApplicableAllowed: true),
                    notes: text(json["notes"]), braking_reason: text(json["braking_reason"]),
                    trail_braking_reason: text(json["trail_braking_reason"]),
                    min_speed_reason: text(json["min_speed_reason"]), throttle_reason: text(json["throttle_reason"]))
    }

    /// An integer from a number or a numeric string; anything else (`"T5"`, null, missing) is 0.
    static func cornerNumber(_ json: JSONValue?) -> Int {
        guard let value = json?.number, value.isFinite, abs(value) < 1_000_000 else { return 0 }
        return Int(value)
    }

    /// Seconds from a number or a numeric string, finite and non-negative; anything else is 0.
    static func timeCost(_ json: JSONValue?) -> Double {
        guard let value = json?.number, value.isFinite, value >= 0 else { return 0 }
        return value
    }

    /// `A`–`D` or `F` with an optional `+`/`-`, or `N/A` where the skill may not apply; anything else is `?`.
    static func grade(_ json: JSONValue?, notApplicableAllowed: Bool) -> String {
        guard let raw = json?.string?.trimmingCharacters(in: .whitespaces).uppercased(), !raw.isEmpty else { return "?" }
        if ["N/A", "NA", "N.A."].contains(raw) { return notApplicableAllowed ? "N/A" : "?" }
        guard let letter = raw.first, "ABCDF".contains(letter) else { return "?" }
        let suffix = raw.dropFirst()
        return suffix.isEmpty || suffix == "+" || suffix == "-" ? raw : "?"
    }

    static func text(_ json: JSONValue?) -> String { json?.string ?? "" }

    /// A list of strings (other items dropped); a single string is a list of one.
    static func strings(_ json: JSONValue?) -> [String] {
        if let single = json?.string { return [single] }
        return (json?.array ?? []).compactMap(\.string)
    }

    static func objects(_ json: JSONValue?) -> [JSONValue] {
        (json?.array ?? []).filter { if case .object = $0 { true } else { false } }
    }
}

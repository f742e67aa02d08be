import Foundation

/// The skill-specific language rules of platform.md §3.3 as a deterministic check (the rubric judge's forbidden
/// patterns, without a judge): novice — no trail-braking jargon, friction circle, slip angle or statistics, at most 2
/// priorities, instructions with a reason; intermediate — every instruction with its reasoning; advanced — quantities
/// (a number with m, s, mph, km/h, g or %) and no oversimplified language.
public enum SkillLanguageCheck {
    /// Words a novice report must not use, each named for the violation it reports.
    static let noviceForbidden = TextPatterns.compile([
        ("trail-braking jargon", #"\btrail[\s-]*brak"#),
        ("friction circle", #"\b(friction|traction|grip)\s+(circle|ellipse)\b"#),
        ("slip angle", #"\bslip\s+angles?\b"#),
        ("statistics", #"\b(cv|coefficient of variation|standard deviation|std|variance|median|percentile|r²|r-squared|regression|sigma)\b|σ"#),
    ])

    /// Phrases that oversimplify for an advanced driver.
    static let advancedForbidden = TextPatterns.compile([
        ("oversimplified", #"\b(just|simply)\s+(go|drive|brake|push|be)\b|\bgo faster\b|\bdon'?t worry\b"#),
    ])

    /// Words that give an instruction its reason.
    static let reasoning = TextPatterns.compile(#"\b(because|so that|so you|so the|so a|so it|so one|so exit|so later|so small|which|since|to keep|to find|to cool)\b|,\s*so\b"#)
    /// A number with a unit.
    static let quantity = TextPatterns.compile(#"\d(\.\d+)?\s?(m|s|mph|km/h|g|°C)\b|\d(\.\d+)?\s?%"#)

    /// `true` when `text` holds a number with a unit.
    public static func hasQuantity(_ text: String) -> Bool { !TextPatterns.matches(quantity, text).isEmpty }

    /// The violations of `report`'s skill level, as `rule: "text"`.
    public static func violations(in report: CoachingReport) -> [String] {
        var out: [String] = []
        let instructions = report.priority_corners.map(\.tip) + report.drills
        switch report.skill_level {
        case .novice:
            for text in report.texts {
                for (name, regex) in noviceForbidden { out += TextPatterns.matches(regex, text).map { "\(name): \"\($0)\"" } }
            }
            if report.priority_corners.count > CoachingSkill.novice.priorityCornerCount {
                out.append("more than 2 priorities: \(report.priority_corners.count)")
            }
            for tip in instructions where TextPatterns.matches(reasoning, tip).isEmpty { out.append("instruction without a reason: \"\(tip)\"") }
            for g in report.corner_grades where g.trail_braking != "N/A" { out.append("trail braking graded at novice: T\(g.corner)") }
        case .intermediate:
            for tip in instructions where TextPatterns.matches(reasoning, tip).isEmpty { out.append("command without reasoning: \"\(tip)\"") }
        case .advanced:
            for text in report.texts {
                for (name, regex) in advancedForbidden { out += TextPatterns.matches(regex, text).map { "\(name): \"\($0)\"" } }
            }
            let quantified = [report.summary] + report.priority_corners.flatMap { [$0.issue, $0.tip] } + report.drills
            for text in quantified where !text.isEmpty && !hasQuantity(text) { out.append("no quantities: \"\(text)\"") }
        }
        return out
    }
}

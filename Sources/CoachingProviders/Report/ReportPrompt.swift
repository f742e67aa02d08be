import Coaching
import Foundation

/// The report request: a system text with the output shape and the skill's language rules, and a user prompt with
/// the computed facts as JSON (the same facts the built-in coach writes from).
enum ReportPrompt {
    static func system(for skill: CoachingSkill) -> String {
        let rules = (SkillLanguageRules.rules(for: skill) + [SkillLanguageRules.forbiddenComposites]).map { "- \($0)" }
        return """
        You are a motorsport driving coach writing a post-session report for a \(skill.rawValue) track-day driver.
        Use only the facts you are given: do not invent corners, laps or numbers.

        Language rules for this driver:
        \(rules.joined(separator: "\n"))

        Answer with one JSON object and nothing else, in this shape:
        {"summary": "two or three sentences",
         "primary_focus": "T<n>: the one thing to work on first",
         "priority_corners": [{"corner": <int>, "time_cost_s": <seconds lost per lap, number>, "issue": "…", "tip": "…"}],
         "corner_grades": [{"corner": <int>, "braking": "A|B|C|D|F|N/A", "trail_braking": "A|B|C|D|F|N/A",
                            "min_speed": "A|B|C|D|F", "throttle": "A|B|C|D|F|N/A", "notes": "…",
                            "braking_reason": "…", "trail_braking_reason": "…", "min_speed_reason": "…",
                            "throttle_reason": "…"}],
         "patterns": ["**Title**: narrative…"],
         "drills": ["**Drill name**: how to practise it…"]}
        Name at most \(skill.priorityCornerCount) priority corners, the costliest first. Grade every corner of the facts.
        """
    }

    /// The facts as JSON, and what an earlier answer got wrong when this is a regeneration.
    static func user(facts: CoachingFacts, corrections: [String]) -> String {
        var prompt = """
        Track: \(facts.trackName). Corners: 1 to \(facts.cornerCount). Driver level: \(facts.skill.rawValue).

        Session facts (JSON):
        \(PromptJSON.text(facts))

        Write the report.
        """
        if !corrections.isEmpty {
            prompt += "\n\nA previous answer was rejected. Avoid these problems:\n"
                + corrections.map { "- \($0)" }.joined(separator: "\n")
        }
        return prompt
    }
}

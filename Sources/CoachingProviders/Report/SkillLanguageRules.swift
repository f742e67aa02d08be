import Coaching

/// The language each skill level calls for (platform.md §3.3), told to the report writer and checked by the judge.
enum SkillLanguageRules {
    static func rules(for skill: CoachingSkill) -> [String] {
        switch skill {
        case .novice: [
            "Plain, encouraging language a first-time track driver understands.",
            "No trail-braking jargon, no friction circle, no slip angle, no statistics (no standard deviations, percentiles or correlations).",
            "Name at most 2 priority corners.",
        ]
        case .intermediate: [
            "Every instruction comes with its reason: never a bare command such as \"brake later\" without why and what it gains.",
            "Use the numbers of the facts where they explain a point.",
        ]
        case .advanced: [
            "Precise, technical language; do not oversimplify.",
            "Quantify: cite the measured values (speeds, distances, times, g) of the facts behind each point.",
        ]
        }
    }

    /// Phrases no report may contain at any level (the deterministic check of §3.3 step 1 enforces them).
    static let forbiddenComposites =
        "Never join units and concepts meaninglessly: no \"mph of grip\", \"g of speed\", \"% mph\", \"mph per g\" or \"speed utilization at <number>\"."
}

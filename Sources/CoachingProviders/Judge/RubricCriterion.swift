/// The five things the rubric judge scores from 1 to 5 (platform.md §3.3 step 2).
public enum RubricCriterion: String, Sendable, CaseIterable, Codable {
    case topicGating = "topic_gating"
    case communicationFit = "communication_fit"
    case dataRelevance = "data_relevance"
    case causalReasoning = "causal_reasoning"
    case actionability

    /// What the judge is told the criterion means.
    var question: String {
        switch self {
        case .topicGating: "stays on driving technique and this session's telemetry"
        case .communicationFit: "the language fits the driver's level and follows the level's rules"
        case .dataRelevance: "claims rest on the given facts, with no invented numbers or corners"
        case .causalReasoning: "explains why each issue costs time"
        case .actionability: "gives concrete things to do on the next session"
        }
    }
}

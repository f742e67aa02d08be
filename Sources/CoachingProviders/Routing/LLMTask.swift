/// The jobs an LLM does for the platform (platform.md §3.7), each routed through its own fallback chain.
public enum LLMTask: String, Sendable, Codable, CaseIterable, Hashable {
    case coachingReport = "coaching_report"
    case coachingChat = "coaching_chat"
    case topicClassifier = "topic_classifier"
    case coachingValidator = "coaching_validator"
    case trackDraft = "track_draft"
    case shareComparison = "share_comparison"

    /// The task's part of environment variable names: `COACHING_REPORT`, …
    public var environmentName: String { rawValue.uppercased() }

    /// How long one call may take unless configured: 10 s for the topic classifier (§3.5), 60 s for the judge,
    /// 120 s for the long writing tasks.
    public var defaultTimeout: Duration {
        switch self {
        case .topicClassifier: .seconds(10)
        case .coachingValidator: .seconds(60)
        case .coachingReport, .coachingChat, .trackDraft, .shareComparison: .seconds(120)
        }
    }
}

/// The routing table of platform.md §3.7: for each task, the ordered fallback chain of (provider, model) tried one
/// after the other. Which of them can run depends on the keys (`ProviderConfiguration.availableChain(for:)`).
public struct TaskRouting: Sendable, Equatable {
    /// Each task's chain, first choice first.
    public var chains: [LLMTask: [RouteStep]]

    public init(chains: [LLMTask: [RouteStep]]) {
        self.chains = chains
    }

    /// The configured chain of `task`, keyed or not.
    public func chain(for task: LLMTask) -> [RouteStep] { chains[task] ?? [] }

    /// The built-in table: the writing tasks go to each vendor's larger model, the short judging and classifying
    /// calls to its small fast one; Anthropic first, then OpenAI, then Google.
    public static let standard: TaskRouting = {
        let large = [RouteStep(.anthropic, "claude-sonnet-4-5"), RouteStep(.openai, "gpt-4.1"),
                     RouteStep(.google, "gemini-2.5-pro")]
        let small = [RouteStep(.anthropic, "claude-haiku-4-5"), RouteStep(.openai, "gpt-4.1-mini"),
                     RouteStep(.google, "gemini-2.5-flash")]
        return TaskRouting(chains: [
            .coachingReport: large, .coachingChat: large, .trackDraft: large, .shareComparison: large,
            .topicClassifier: small, .coachingValidator: small,
        ])
    }()
}

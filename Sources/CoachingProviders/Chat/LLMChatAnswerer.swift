import Coaching

/// Answers chat questions through the `coaching_chat` chain with the report and the session facts as context
/// (platform.md §3.5); at most `LLM_FOLLOWUP_MAX_TOKENS`. Throws `LLMRoutingError` when every provider failed.
public struct LLMChatAnswerer: ChatAnswerer {
    let providers: LLMProviders
    static let temperature = 0.4

    public init(providers: LLMProviders) { self.providers = providers }

    public func answer(_ question: String, facts: ChatFacts, report: CoachingReport, history: [ChatTurn]) async throws -> String {
        try await providers.complete(
            .coachingChat, system: ChatPrompt.system(for: facts.coaching.skill),
            prompt: ChatPrompt.user(question: question, facts: facts, report: report, history: history),
            maxTokens: providers.configuration.followupMaxTokens, temperature: Self.temperature
        ) { answer in
            let text = answer.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw UnparseableOutput("an empty answer") }
            return text
        }.value
    }
}

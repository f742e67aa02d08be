/// What answers a screened chat question about one session (platform.md §3.5): the built-in coach, or an LLM chain.
public protocol ChatAnswerer: Sendable {
    /// An answer to `question` from this session's facts and report, after the conversation so far (oldest first).
    /// Throws when a provider fails; the caller then sends the overloaded reply.
    func answer(_ question: String, facts: ChatFacts, report: CoachingReport, history: [ChatTurn]) async throws -> String
}

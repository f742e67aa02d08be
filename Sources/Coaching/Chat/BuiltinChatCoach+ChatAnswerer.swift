extension BuiltinChatCoach: ChatAnswerer {
    /// The built-in answer; it reads no history and never fails.
    public func answer(_ question: String, facts: ChatFacts, report: CoachingReport, history: [ChatTurn]) async throws -> String {
        answer(question, facts: facts, report: report)
    }
}

import Coaching

/// Writes the share-link AI comparison through the `share_comparison` chain (platform.md §6.2): both best laps, the
/// overall delta and the per-corner numbers as JSON in, a 3–4 paragraph narrative out.
public struct LLMComparisonWriter: ComparisonWriter {
    let providers: LLMProviders
    static let temperature = 0.4
    static let maxTokens = 1024

    public init(providers: LLMProviders) { self.providers = providers }

    static let system = """
        You are a motorsport driving coach comparing two drivers' laps of the same track for the challenger (driver B). \
        Write 3 to 4 short paragraphs of plain text: the overall result with both best laps and the gap, the corners \
        where the gap is won or lost with both drivers' minimum speeds and the time, and one or two concrete things \
        driver B can try. Use only the numbers given; do not invent corners or numbers.
        """

    public func write(_ facts: ComparisonFacts) async throws -> String {
        try await providers.complete(.shareComparison, system: Self.system,
                                     prompt: "Comparison (JSON; speeds in mph, times in s):\n" + PromptJSON.text(facts),
                                     maxTokens: Self.maxTokens, temperature: Self.temperature) { answer in
            let text = answer.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw UnparseableOutput("an empty comparison") }
            return text
        }.value
    }
}

/// What writes the share-link AI comparison of two drivers (platform.md §6.2): the built-in writer, or an LLM chain.
public protocol ComparisonWriter: Sendable {
    /// A 3–4 paragraph narrative comparing the two drivers corner by corner. Throws when a provider fails.
    func write(_ facts: ComparisonFacts) async throws -> String
}

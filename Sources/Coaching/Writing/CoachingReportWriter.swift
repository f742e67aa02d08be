/// Something that writes a report from the facts: the built-in coach, an LLM provider, or a chain of them.
public protocol CoachingReportWriter: Sendable {
    /// What the report's `generated_by` says: `builtin`, or `provider:model`.
    var name: String { get }
    func write(_ facts: CoachingFacts) async throws -> CoachingReport
}

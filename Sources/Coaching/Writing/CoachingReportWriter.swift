/// Something that writes a report from the facts: the built-in coach, an LLM provider, or a chain of them.
public protocol CoachingReportWriter: Sendable {
    /// What the report's `generated_by` says: `builtin`, or `provider:model`.
    var name: String { get }
    /// Whether a report is written in milliseconds without the network, so it may be written inside a request or an
    /// upload instead of by the background runner.
    var writesInstantly: Bool { get }
    func write(_ facts: CoachingFacts) async throws -> CoachingReport
}

extension CoachingReportWriter {
    public var writesInstantly: Bool { false }
}

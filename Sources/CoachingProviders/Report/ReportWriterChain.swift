import Coaching
import Logging

/// The writer the app uses: the LLM writer when a provider has a key for `coaching_report`, else the fallback (the
/// built-in coach). When every provider of the chain fails, the fallback writes the report too: the product rule is
/// that a report can always be written, so the `status:"error"` report of platform.md §3.2 step 5 is not produced
/// here. The report then says `generated_by: "builtin"` (the writer that wrote it) and the provider errors are logged.
/// Cancellation is not a failure: it is passed on.
public struct ReportWriterChain: CoachingReportWriter {
    /// Nil when no provider has a key for `coaching_report`.
    public let primary: LLMReportWriter?
    /// The built-in coach.
    public let fallback: any CoachingReportWriter
    let logger: Logger

    public init(primary: LLMReportWriter?, fallback: any CoachingReportWriter,
                logger: Logger = Logger(label: "cataclysm.llm")) {
        self.primary = primary
        self.fallback = fallback
        self.logger = logger
    }

    /// The writer tried first.
    public var name: String { primary?.name ?? fallback.name }

    /// Instant only when no provider is configured and the fallback itself is instant.
    public var writesInstantly: Bool { primary == nil && fallback.writesInstantly }

    public func write(_ facts: CoachingFacts) async throws -> CoachingReport {
        guard let primary else { return try await fallback.write(facts) }
        do {
            return try await primary.write(facts)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            logger.error("LLM report failed, the built-in coach writes it", metadata: ["error": "\(error)"])
            return try await fallback.write(facts)
        }
    }
}

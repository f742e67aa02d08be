import Coaching
import CoachingProviders
import Foundation
import Logging
import Storage
import TelemetryCore

/// The AI comparison of a share link's latest comparison (platform.md §6.2): written once and cached on the comparison
/// row. The `share_comparison` LLM chain writes it when a provider has a key, else the built-in writer. A provider
/// failure falls back to the built-in text without caching it, so a later request can still get the LLM's.
struct ComparisonNarrator: Sendable {
    let shares: any ShareStore
    let llm: (any ComparisonWriter)?
    let logger: Logger

    /// The narrative for the link's latest comparison; 404 when nobody has compared yet.
    func narrative(for shared: SharedSession) async throws -> String {
        guard let latest = try await shares.latestComparison(shared.link) else {
            throw AppError.notFound("No comparison available yet")
        }
        if let cached = latest.aiComparisonText, !cached.isEmpty { return cached }
        let comparison = try JSONCoding.decoder.decode(SessionComparisonResponse.self, from: Data(latest.reportJSON.utf8))
        let facts = ComparisonFacts(comparison: comparison, nameA: PublicSessionView.driverName(shared), nameB: "Challenger")
        var text = BuiltinComparisonWriter.write(facts)
        var cache = true
        if let llm {
            do {
                text = try await llm.write(facts)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                logger.warning("AI comparison failed, answering with the built-in text", metadata: ["error_type": "\(type(of: error))"])
                cache = false
            }
        }
        if cache { try await shares.setAIComparison(text, comparisonID: latest.id) }
        return text
    }
}

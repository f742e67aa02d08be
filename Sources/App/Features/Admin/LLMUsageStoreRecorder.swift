import CoachingProviders
import Foundation
import Logging
import Storage

/// Records every provider call in `llm_usage_events`; a failed write is logged and never fails the call.
struct LLMUsageStoreRecorder: LLMUsageRecorder {
    let store: any LLMOperationsStore
    let logger: Logger

    func record(_ event: LLMUsageEvent) async {
        do {
            try await store.record(LLMUsageRow(
                id: UUID().uuidString.lowercased(), createdAt: event.at, task: event.task.rawValue, provider: event.route.provider.rawValue,
                model: event.route.model, outcome: event.outcome.rawValue, errorKind: event.errorKind, latencyMS: event.latencyMS,
                inputTokens: event.usage?.inputTokens, outputTokens: event.usage?.outputTokens, costUSD: event.costUSD))
        } catch {
            logger.error("LLM usage event not recorded", metadata: ["error_type": "\(type(of: error))"])
        }
    }
}

import Coaching
import Logging

/// The sampled second opinion of §3.3 step 2, through the `coaching_validator` chain. Fail-open: with no key, or
/// when every provider fails, there is no verdict and the report passes.
struct RubricJudge: Sendable {
    let providers: LLMProviders

    /// Judge answers are short.
    static let maxTokens = 1024

    /// The verdict, or nil when the judge is unavailable or erred.
    func verdict(on report: CoachingReport, facts: CoachingFacts) async throws -> RubricVerdict? {
        guard providers.isAvailable(.coachingValidator) else { return nil }
        do {
            return try await providers.complete(
                .coachingValidator, system: JudgePrompt.system(for: facts.skill),
                prompt: JudgePrompt.user(facts: facts, report: report), maxTokens: Self.maxTokens, temperature: 0,
                parse: JudgePrompt.verdict(from:)).value
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            providers.logger.warning("rubric judge unavailable, report passes", metadata: ["error": "\(error)"])
            return nil
        }
    }
}

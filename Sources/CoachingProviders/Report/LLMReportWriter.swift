import Coaching
import Logging

/// Writes a report through the `coaching_report` chain (platform.md §3.2, §3.3):
/// 1. ask for the report (retries and fallback in `LLMProviders.complete`), coerce its fields (§3.1);
/// 2. forbidden composites in the raw answer → regenerate once; still there → redact them;
/// 3. on every N-th report the rubric judge scores it; a failure → regenerate once and judge again; still failing →
///    `validation_failed` with the judge's violations. A judge that is unavailable or errs passes the report.
/// `generated_by` is the `provider:model` that wrote the report kept. Keep one writer: it carries the judge's sampling.
public struct LLMReportWriter: CoachingReportWriter {
    let providers: LLMProviders
    let judge: RubricJudge
    let sampler: JudgeSampler
    /// Creative latitude for the report; the judge runs at 0.
    static let temperature = 0.4

    public init(providers: LLMProviders) {
        self.providers = providers
        self.judge = RubricJudge(providers: providers)
        self.sampler = JudgeSampler(intervals: providers.configuration.judgeIntervals)
    }

    /// The route tried first, `provider:model` (or `none` when no provider has a key).
    public var name: String { providers.currentRoute(for: .coachingReport)?.description ?? "none" }

    public func write(_ facts: CoachingFacts) async throws -> CoachingReport {
        let report = try await checkedDraft(facts, corrections: [])
        guard await sampler.shouldJudge(), let verdict = try await judge.verdict(on: report, facts: facts) else {
            return report
        }
        await sampler.record(failed: !verdict.passed)
        guard !verdict.passed else { return report }
        providers.logger.info("rubric judge failed the report, regenerating", metadata: [
            "violations": "\(verdict.reportedViolations)",
        ])
        var second: CoachingReport
        do {
            second = try await checkedDraft(facts, corrections: verdict.reportedViolations)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            return Self.failed(report, verdict)
        }
        guard let again = try await judge.verdict(on: second, facts: facts), !again.passed else { return second }
        second = Self.failed(second, again)
        return second
    }

    /// A report, regenerated once when its answer holds a forbidden composite and redacted if the retry holds one too.
    func checkedDraft(_ facts: CoachingFacts, corrections: [String]) async throws -> CoachingReport {
        let first = try await draft(facts, corrections: corrections)
        let hits = ForbiddenComposites.violations(in: first.answer)
        guard !hits.isEmpty else { return first.report }
        providers.logger.info("forbidden composites in the report, regenerating", metadata: ["violations": "\(hits)"])
        let second: Draft
        do {
            second = try await draft(facts, corrections: corrections + hits.map { "physically meaningless phrase \($0)" })
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            return first.report.redactingComposites()
        }
        return ForbiddenComposites.violations(in: second.answer).isEmpty ? second.report : second.report.redactingComposites()
    }

    /// The raw answer (checked for composites) and the coerced report.
    struct Draft: Sendable {
        var answer: String
        var report: CoachingReport
    }

    func draft(_ facts: CoachingFacts, corrections: [String]) async throws -> Draft {
        let completion = try await providers.complete(
            .coachingReport, system: ReportPrompt.system(for: facts.skill),
            prompt: ReportPrompt.user(facts: facts, corrections: corrections),
            maxTokens: providers.configuration.reportMaxTokens, temperature: Self.temperature
        ) { answer in
            // parsed inside the call so that an unparseable answer is retried (§3.2); generated_by set below
            (answer, try ReportCoercion.report(from: answer, facts: facts, generatedBy: ""))
        }
        var report = completion.value.1
        report.generated_by = completion.route.description
        return Draft(answer: completion.value.0, report: report)
    }

    static func failed(_ report: CoachingReport, _ verdict: RubricVerdict) -> CoachingReport {
        var report = report
        report.validation_failed = true
        report.validation_violations = verdict.reportedViolations
        return report
    }
}

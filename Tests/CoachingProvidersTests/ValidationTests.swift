import TestSupport
import Coaching
@testable import CoachingProviders
import Testing

/// Validation of platform.md §3.3: the forbidden-composite check with one regeneration, and the sampled rubric judge.
/// The report comes from Anthropic and the judge from OpenAI, so each has its own script.
@Suite struct ValidationTests {
    static let composite = "You carry 3 mph of grip more than last time through T3."
    /// Report from Anthropic only; the judge (OpenAI) sees every report.
    static let judging = ["LLM_ROUTE_COACHING_REPORT": "anthropic:claude-test",
                          "LLM_JUDGE_MIN_INTERVAL": "1", "LLM_JUDGE_MAX_INTERVAL": "1"]

    @Test func compositeTriggersOneRegeneration() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .text(.anthropic, Fixtures.reportJSON(summary: Self.composite)),
                               .text(.anthropic, Fixtures.reportJSON(summary: "Clean wording.")))
            let report = try await stub.writer().write(Fixtures.facts)
            #expect(report.summary == "Clean wording.")
            #expect(!report.validation_failed)
            let requests = await stub.requests(to: .anthropic)
            try #require(requests.count == 2)
            let retryPrompt = try #require(requests[1].json["messages"]?.array?.first?["content"]?.string)
            #expect(retryPrompt.contains("previous answer was rejected") && retryPrompt.contains("mph of grip"))
        }
    }

    @Test func compositeTwiceIsRedacted() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .text(.anthropic, Fixtures.reportJSON(summary: Self.composite)),
                               .text(.anthropic, Fixtures.reportJSON(summary: "Still 2 mph of traction short.")))
            let report = try await stub.writer().write(Fixtures.facts)
            #expect(report.summary == "Still 2 [redacted] short.")
            #expect(ForbiddenComposites.violations(in: report).isEmpty)
            #expect(await stub.requests(to: .anthropic).count == 2, "one regeneration only")
        }
    }

    @Test func judgePassingKeepsTheReport() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .text(.anthropic, Fixtures.reportJSON()))
            await stub.enqueue(.openai, .text(.openai, Fixtures.verdictJSON(score: 4)))
            let report = try await stub.writer(Self.judging).write(Fixtures.facts)
            #expect(!report.validation_failed && report.validation_violations.isEmpty)
            let judged = try #require(await stub.requests(to: .openai).first)
            #expect(judged.json["model"]?.string == "gpt-judge")
            #expect(judged.json["temperature"]?.number == 0)
            #expect(await stub.requests(to: .anthropic).count == 1)
        }
    }

    @Test func judgeFailingTwiceMarksTheReport() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .text(.anthropic, Fixtures.reportJSON(summary: "First.")),
                               .text(.anthropic, Fixtures.reportJSON(summary: "Second.")))
            await stub.enqueue(.openai, .text(.openai, Fixtures.verdictJSON(score: 2, violations: ["bare command"])),
                               .text(.openai, Fixtures.verdictJSON(score: 4, violations: ["still a bare command"])))
            let report = try await stub.writer(Self.judging).write(Fixtures.facts)
            #expect(report.summary == "Second.", "regenerated once")
            #expect(report.validation_failed)
            #expect(report.validation_violations == ["still a bare command"])
            let retryPrompt = try #require(await stub.requests(to: .anthropic).last?.json["messages"]?.array?.first?["content"]?.string)
            #expect(retryPrompt.contains("bare command") && retryPrompt.contains("actionability scored 2/5"))
        }
    }

    @Test func judgeFailingThenPassingKeepsTheRegeneration() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .text(.anthropic, Fixtures.reportJSON(summary: "First.")),
                               .text(.anthropic, Fixtures.reportJSON(summary: "Second.")))
            await stub.enqueue(.openai, .text(.openai, Fixtures.verdictJSON(score: 1)), .text(.openai, Fixtures.verdictJSON(score: 5)))
            let report = try await stub.writer(Self.judging).write(Fixtures.facts)
            #expect(report.summary == "Second." && !report.validation_failed)
        }
    }

    @Test func lowScoresAloneAreReportedAsViolations() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .text(.anthropic, Fixtures.reportJSON()), .text(.anthropic, Fixtures.reportJSON()))
            await stub.enqueue(.openai, .text(.openai, Fixtures.verdictJSON(score: 2)), .text(.openai, Fixtures.verdictJSON(score: 2)))
            let report = try await stub.writer(Self.judging).write(Fixtures.facts)
            #expect(report.validation_failed)
            #expect(report.validation_violations == RubricCriterion.allCases.map { "\($0.rawValue) scored 2/5" })
        }
    }

    @Test(arguments: [[StubReply.status(500)], [.text(.openai, "I think it is fine"), .text(.openai, "{}"), .brokenEnvelope]])
    func judgeErroringLetsTheReportPass(_ judgeReplies: [StubReply]) async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .text(.anthropic, Fixtures.reportJSON()))
            await stub.script.enqueue(.openai, judgeReplies)
            let report = try await stub.writer(Self.judging).write(Fixtures.facts)
            #expect(!report.validation_failed && report.generated_by == "anthropic:claude-test")
            #expect(await stub.requests(to: .openai).count == judgeReplies.count)
            #expect(await stub.requests(to: .anthropic).count == 1, "no regeneration")
        }
    }

    @Test func judgeWithoutKeyIsSkipped() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .text(.anthropic, Fixtures.reportJSON()))
            let report = try await stub.writer(keys: [.anthropic], Self.judging).write(Fixtures.facts)
            #expect(!report.validation_failed)
            #expect(await stub.script.requests.count == 1)
        }
    }
}

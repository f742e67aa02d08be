import TestSupport
import Coaching
@testable import CoachingProviders
import Testing

/// The retries of platform.md §3.2 and the fallback chain of §3.7, against the stub server.
@Suite struct RetryAndFallbackTests {
    @Test func rateLimitIsRetriedAfterTheConfiguredWait() async throws {
        try await StubLLMServer.run { stub in
            // Retry-After says 30 s; the configured wait (50 ms × attempt 1) is what counts.
            await stub.enqueue(.anthropic, .status(429, retryAfter: "30"), .text(.anthropic, Fixtures.reportJSON()))
            let clock = ContinuousClock()
            let start = clock.now
            let report = try await stub.writer().write(Fixtures.facts)
            let elapsed = clock.now - start
            #expect(report.generated_by == "anthropic:claude-test")
            #expect(await stub.requests(to: .anthropic).count == 2)
            #expect(elapsed >= .milliseconds(50) && elapsed < .seconds(5))
        }
    }

    @Test func rateLimitWaitGrowsWithTheAttempt() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .status(429), .status(429), .text(.anthropic, Fixtures.reportJSON()))
            let clock = ContinuousClock()
            let start = clock.now
            let report = try await stub.writer().write(Fixtures.facts)
            #expect(report.generated_by == "anthropic:claude-test")
            #expect(clock.now - start >= .milliseconds(150), "50 ms × 1 then 50 ms × 2")
        }
    }

    @Test func providerOutOfAttemptsFallsBackToTheNext() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .status(429), .status(429), .status(429))
            await stub.enqueue(.openai, .text(.openai, Fixtures.reportJSON()))
            let report = try await stub.writer(["LLM_RATE_LIMIT_RETRY_WAIT_S": "0.01"]).write(Fixtures.facts)
            #expect(report.generated_by == "openai:gpt-test")
            #expect(await stub.requests(to: .anthropic).count == 3, "LLM_MAX_ATTEMPTS defaults to 3")
        }
    }

    @Test(arguments: [500, 503, 529, 401, 400])
    func otherErrorsAbortTheProviderWithoutRetry(_ status: Int) async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .status(status))
            await stub.enqueue(.openai, .text(.openai, Fixtures.reportJSON()))
            let report = try await stub.writer().write(Fixtures.facts)
            #expect(report.generated_by == "openai:gpt-test")
            #expect(await stub.requests(to: .anthropic).count == 1)
        }
    }

    @Test func timeoutFallsBackToTheNextProvider() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .delayed(.seconds(5), .text(.anthropic, Fixtures.reportJSON())))
            await stub.enqueue(.openai, .text(.openai, Fixtures.reportJSON()))
            let clock = ContinuousClock()
            let start = clock.now
            let report = try await stub.writer(["LLM_TIMEOUT_COACHING_REPORT_S": "1"]).write(Fixtures.facts)
            #expect(report.generated_by == "openai:gpt-test")
            #expect(clock.now - start < .seconds(4), "the slow provider was abandoned at its timeout")
            #expect(await stub.requests(to: .anthropic).count == 1, "a timeout is not retried")
        }
    }

    @Test(arguments: [StubReply.brokenEnvelope, .text(.anthropic, "Sorry, here are some thoughts without JSON."),
                      .text(.anthropic, #"{"patterns": []}"#)])
    func unparseableAnswerIsRetried(_ bad: StubReply) async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, bad, .text(.anthropic, Fixtures.reportJSON()))
            let report = try await stub.writer().write(Fixtures.facts)
            #expect(report.generated_by == "anthropic:claude-test")
            #expect(await stub.requests(to: .anthropic).count == 2)
        }
    }

    @Test func builtinWritesTheReportWhenEveryProviderFails() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .status(500))
            await stub.enqueue(.openai, .status(401))
            await stub.enqueue(.google, .delayed(.seconds(5), .status(200)))
            let report = try await stub.writer(["LLM_TIMEOUT_S": "1"]).write(Fixtures.facts)
            #expect(report.generated_by == "builtin")
            #expect(report.summary == "built-in summary")
            #expect(await stub.script.requests.count == 3)
        }
    }

    @Test func exhaustedChainReportsEveryFailure() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.anthropic, .status(500))
            let llm = try LLMProviders(environment: stub.environment(keys: [.anthropic]), logger: .quiet)
            await #expect(throws: LLMRoutingError.exhausted(.coachingReport, failures: ["anthropic:claude-test: server error 500"])) {
                try await LLMReportWriter(providers: llm).write(Fixtures.facts)
            }
        }
    }

    @Test func noKeyMeansTheBuiltinWriterAndNoRequest() async throws {
        try await StubLLMServer.run { stub in
            let llm = try LLMProviders(environment: stub.environment(keys: []), logger: .quiet)
            #expect(LLMTask.allCases.allSatisfy { !llm.isAvailable($0) })
            let writer = llm.reportWriter(fallback: BuiltinStub())
            #expect(writer.primary == nil && writer.name == "builtin")
            let report = try await writer.write(Fixtures.facts)
            #expect(report.generated_by == "builtin")
            #expect(await stub.script.requests.isEmpty)
            await #expect(throws: LLMRoutingError.unavailable(.coachingChat)) {
                try await llm.complete(.coachingChat, system: "", prompt: "hi", maxTokens: 10, temperature: 0) { $0 }
            }
        }
    }
}

@testable import CoachingProviders
import Testing

/// `ProviderConfiguration` from an environment dictionary, and the routing table's availability rule.
@Suite struct ConfigurationTests {
    @Test func defaultsFollowThePlatformSpec() throws {
        let config = try ProviderConfiguration(environment: [:])
        #expect(config.retry == RetryPolicy(maxAttempts: 3, unparseableWait: .seconds(5), rateLimitWait: .seconds(30)))
        #expect(config.reportMaxTokens == 8192)
        #expect(config.judgeIntervals == 5...200)
        #expect(config.timeout(for: .topicClassifier) == .seconds(10))
        #expect(config.baseURL(for: .anthropic) == "https://api.anthropic.com")
        #expect(config.routing == .standard)
        #expect(LLMTask.allCases.allSatisfy { !config.isAvailable($0) && !config.routing.chain(for: $0).isEmpty })
    }

    @Test func everySettingIsRead() throws {
        let config = try ProviderConfiguration(environment: [
            "OPENAI_API_KEY": " sk-test ", "GOOGLE_API_KEY": "", "OPENAI_BASE_URL": "http://127.0.0.1:9/v1",
            "LLM_ROUTE_COACHING_REPORT": "google:gemini-x, openai:gpt-x",
            "LLM_TIMEOUT_S": "30", "LLM_TIMEOUT_TOPIC_CLASSIFIER_S": "0.25",
            "LLM_MAX_ATTEMPTS": "2", "LLM_UNPARSEABLE_RETRY_WAIT_S": "0.01", "LLM_RATE_LIMIT_RETRY_WAIT_S": "0",
            "LLM_REPORT_MAX_TOKENS": "4096", "LLM_JUDGE_MIN_INTERVAL": "1", "LLM_JUDGE_MAX_INTERVAL": "3",
        ])
        #expect(config.hasKey(.openai) && !config.hasKey(.google) && !config.hasKey(.anthropic))
        #expect(config.key(for: .openai) == "sk-test")
        #expect(config.baseURL(for: .openai) == "http://127.0.0.1:9/v1")
        #expect(config.routing.chain(for: .coachingReport) == [RouteStep(.google, "gemini-x"), RouteStep(.openai, "gpt-x")])
        #expect(config.availableChain(for: .coachingReport) == [RouteStep(.openai, "gpt-x")])
        #expect(config.timeout(for: .coachingReport) == .seconds(30))
        #expect(config.timeout(for: .topicClassifier) == .milliseconds(250))
        #expect(config.retry == RetryPolicy(maxAttempts: 2, unparseableWait: .milliseconds(10), rateLimitWait: .zero))
        #expect(config.reportMaxTokens == 4096 && config.judgeIntervals == 1...3)
    }

    @Test func taskIsAvailableWhenAnyProviderOfItsChainHasAKey() throws {
        let config = try ProviderConfiguration(environment: [
            "GOOGLE_API_KEY": "g", "LLM_ROUTE_COACHING_CHAT": "anthropic:a,openai:b",
        ])
        #expect(config.isAvailable(.coachingReport), "the standard chain ends with Google")
        #expect(!config.isAvailable(.coachingChat))
        #expect(LLMProviders(configuration: config).currentRoute(for: .coachingValidator) == RouteStep(.google, "gemini-2.5-flash"))
    }

    @Test(arguments: [
        ("LLM_MAX_ATTEMPTS", "0"), ("LLM_MAX_ATTEMPTS", "three"), ("LLM_TIMEOUT_S", "0"), ("LLM_TIMEOUT_S", "-1"),
        ("LLM_RATE_LIMIT_RETRY_WAIT_S", "soon"), ("LLM_REPORT_MAX_TOKENS", "10"), ("ANTHROPIC_BASE_URL", "api.anthropic.com"),
        ("LLM_ROUTE_TRACK_DRAFT", "mistral:large"), ("LLM_ROUTE_TRACK_DRAFT", "openai:"), ("LLM_ROUTE_TRACK_DRAFT", ","),
        ("LLM_JUDGE_MAX_INTERVAL", "2"),
    ])
    func badValueNamesItsVariable(_ variable: String, _ value: String) {
        #expect(throws: ProviderConfigurationError.self) {
            try ProviderConfiguration(environment: [variable: value])
        }
        do {
            _ = try ProviderConfiguration(environment: [variable: value])
        } catch {
            #expect(error.variable == variable)
        }
    }

    @Test func printingNeverShowsAKey() throws {
        let config = try ProviderConfiguration(environment: ["ANTHROPIC_API_KEY": "sk-secret-value"])
        #expect(!"\(config)".contains("sk-secret-value"))
        var dumped = ""
        dump(config, to: &dumped)
        #expect(!dumped.contains("sk-secret-value") && dumped.contains("anthropic"))
    }

    @Test func routeStepParsing() {
        #expect(RouteStep(parsing: " OpenAI:gpt-4.1 ") == RouteStep(.openai, "gpt-4.1"))
        #expect(RouteStep(parsing: "google:models:odd") == RouteStep(.google, "models:odd"))
        #expect(RouteStep(parsing: "anthropic") == nil)
        #expect(RouteStep(.anthropic, "m").description == "anthropic:m")
    }

    @Test func urlJoining() {
        #expect(ProviderHTTP.url(base: "https://api.openai.com/v1/", path: "/v1/chat/completions") == "https://api.openai.com/v1/chat/completions")
        #expect(ProviderHTTP.url(base: "http://proxy/anthropic", path: "/v1/messages") == "http://proxy/anthropic/v1/messages")
    }

    @Test func retryPolicyWaitsOnlyForRateLimitsAndUnparseableAnswers() {
        let policy = RetryPolicy(maxAttempts: 3, unparseableWait: .seconds(5), rateLimitWait: .seconds(30))
        #expect(policy.wait(after: LLMProviderError.rateLimited(retryAfter: nil), attempt: 2) == .seconds(60))
        #expect(policy.wait(after: UnparseableOutput("x"), attempt: 1) == .seconds(5))
        #expect(policy.wait(after: LLMProviderError.malformedResponse("x"), attempt: 2) == .seconds(10))
        #expect(policy.wait(after: LLMProviderError.rateLimited(retryAfter: nil), attempt: 3) == nil, "out of attempts")
        #expect(policy.wait(after: LLMProviderError.server(status: 500), attempt: 1) == nil)
        #expect(policy.wait(after: LLMProviderError.timeout, attempt: 1) == nil)
    }
}

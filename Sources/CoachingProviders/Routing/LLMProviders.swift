import AsyncHTTPClient
import Foundation
import Coaching
import Logging

/// The app's entry point to the LLM providers: which tasks can run, routed calls with retries and fallback, and the
/// report writer. Build one at start-up from the environment and keep it (the writer's judge sampling is stateful).
///
/// ```swift
/// let llm = try LLMProviders(environment: ProcessInfo.processInfo.environment)
/// let writer = llm.reportWriter(fallback: builtInCoach)   // the built-in coach when no key, or when all fail
/// if llm.isAvailable(.coachingChat) { … }
/// ```
public struct LLMProviders: Sendable {
    /// Keys, URLs, routing, timeouts and retries.
    public let configuration: ProviderConfiguration
    let httpClient: HTTPClient
    let logger: Logger
    /// The operator's run-time routing.
    public let overrides: RouteOverrides
    /// Where every provider call is recorded (none: not recorded).
    let recorder: (any LLMUsageRecorder)?

    /// `httpClient` defaults to the process-wide shared client.
    public init(configuration: ProviderConfiguration, httpClient: HTTPClient = .shared,
                logger: Logger = Logger(label: "cataclysm.llm"), overrides: RouteOverrides = RouteOverrides(),
                recorder: (any LLMUsageRecorder)? = nil) {
        self.configuration = configuration
        self.httpClient = httpClient
        self.logger = logger
        self.overrides = overrides
        self.recorder = recorder
    }

    /// Reads the configuration from `environment` (see `ProviderConfiguration`).
    public init(environment: [String: String], httpClient: HTTPClient = .shared,
                logger: Logger = Logger(label: "cataclysm.llm")) throws(ProviderConfigurationError) {
        self.init(configuration: try ProviderConfiguration(environment: environment), httpClient: httpClient, logger: logger)
    }

    /// Whether any provider of `task`'s chain has a key (§3.7).
    public func isAvailable(_ task: LLMTask) -> Bool { configuration.isAvailable(task) }

    /// The steps `task` tries, first choice first: the operator's chain when routing is enabled and one is set (its
    /// keyed steps, falling back to the configured chain when none is keyed), else the configured one.
    public func availableChain(for task: LLMTask) -> [RouteStep] {
        let keyed = overrides.chain(for: task)?.filter { configuration.key(for: $0.provider) != nil } ?? []
        return keyed.isEmpty ? configuration.availableChain(for: task) : keyed
    }

    /// The step `task` goes to first (for ETA statistics and logs); nil when the task is unavailable.
    public func currentRoute(for task: LLMTask) -> RouteStep? { availableChain(for: task).first }

    /// The provider for `step`, or nil when its vendor has no key.
    public func provider(for step: RouteStep) -> (any LLMProvider)? {
        guard let key = configuration.key(for: step.provider) else { return nil }
        let base = configuration.baseURL(for: step.provider)
        switch step.provider {
        case .anthropic: return AnthropicProvider(model: step.model, apiKey: key, baseURL: base, httpClient: httpClient)
        case .openai: return OpenAIProvider(model: step.model, apiKey: key, baseURL: base, httpClient: httpClient)
        case .google: return GeminiProvider(model: step.model, apiKey: key, baseURL: base, httpClient: httpClient)
        }
    }

    /// Asks `task`'s chain, turning each answer into a value with `parse` (which throws `UnparseableOutput` to have
    /// the answer asked for again). Throws `LLMRoutingError` when no provider has a key or all of them failed.
    public func complete<Value: Sendable>(_ task: LLMTask, system: String, prompt: String, maxTokens: Int,
                                          temperature: Double,
                                          parse: @Sendable (String) throws -> Value) async throws -> RoutedCompletion<Value> {
        let timeout = configuration.timeout(for: task)
        let chain = FallbackChain(task: task, providers: availableChain(for: task).compactMap(provider(for:)),
                                  retry: configuration.retry, logger: logger)
        let recorder = recorder
        return try await chain.run { provider in
            let route = RouteStep(provider.kind, provider.model)
            let started = ContinuousClock.now
            func record(_ outcome: LLMUsageEvent.Outcome, _ errorKind: String?, _ usage: TokenUsage?) async {
                await recorder?.record(LLMUsageEvent(task: task, route: route, outcome: outcome, errorKind: errorKind,
                                                     latencyMS: Int((ContinuousClock.now - started) / .milliseconds(1)), usage: usage,
                                                     costUSD: ModelCatalogue.cost(of: usage, on: route), at: Date()))
            }
            let reply: MeteredReply
            do {
                reply = try await provider.metered(system: system, prompt: prompt, maxTokens: maxTokens, temperature: temperature,
                                                   timeout: timeout)
            } catch {
                await record(.error, LLMUsageEvent.errorKind(of: error), nil)
                throw error
            }
            await record(.ok, nil, reply.usage)
            return try parse(reply.text)
        }
    }

    /// The report writer the app uses: the LLM chain of `coaching_report` when a provider has a key, `fallback`
    /// (the built-in coach) when none has, or when every provider failed.
    public func reportWriter(fallback: any CoachingReportWriter) -> ReportWriterChain {
        let primary = isAvailable(.coachingReport) ? LLMReportWriter(providers: self) : nil
        return ReportWriterChain(primary: primary, fallback: fallback, logger: logger)
    }

    /// The chat answerer: the `coaching_chat` chain when a provider has a key, else `fallback` (the built-in coach).
    public func chatAnswerer(fallback: any ChatAnswerer) -> any ChatAnswerer {
        isAvailable(.coachingChat) ? LLMChatAnswerer(providers: self) : fallback
    }

    /// The topic classifier of §3.5 step 5, when a provider has a key for it.
    public var topicClassifier: TopicClassifier? { isAvailable(.topicClassifier) ? TopicClassifier(providers: self) : nil }

    /// The share-link comparison writer, when a provider has a key for `share_comparison`.
    public var comparisonWriter: LLMComparisonWriter? {
        isAvailable(.shareComparison) ? LLMComparisonWriter(providers: self) : nil
    }
}

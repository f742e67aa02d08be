import Foundation

/// Every LLM setting, read from an environment dictionary (the process's, or a test's own):
///
/// | Variable | Default | Meaning |
/// |---|---|---|
/// | `ANTHROPIC_API_KEY`, `OPENAI_API_KEY`, `GOOGLE_API_KEY` | empty | a provider without a key is skipped |
/// | `ANTHROPIC_BASE_URL`, `OPENAI_BASE_URL`, `GOOGLE_BASE_URL` | the vendor's | e.g. a proxy, or a test stub |
/// | `LLM_ROUTE_<TASK>` (e.g. `LLM_ROUTE_COACHING_REPORT`) | `TaskRouting.standard` | the chain, `provider:model,…` |
/// | `LLM_TIMEOUT_S`, `LLM_TIMEOUT_<TASK>_S` | `LLMTask.defaultTimeout` | one call's time limit, in seconds |
/// | `LLM_MAX_ATTEMPTS` | 3 | calls per provider before the chain moves on |
/// | `LLM_UNPARSEABLE_RETRY_WAIT_S`, `LLM_RATE_LIMIT_RETRY_WAIT_S` | 5, 30 | multiplied by the attempt number |
/// | `LLM_REPORT_MAX_TOKENS` | 8192 | the report's output cap |
/// | `LLM_FOLLOWUP_MAX_TOKENS` | 768 | a chat answer's output cap |
/// | `LLM_JUDGE_MIN_INTERVAL`, `LLM_JUDGE_MAX_INTERVAL` | 5, 200 | the rubric judge sees every N-th report |
///
/// Durations take decimals (`0.05` is 50 ms). A bad value throws `ProviderConfigurationError` naming the variable.
public struct ProviderConfiguration: Sendable {
    private var keys: [ProviderKind: String] = [:]
    /// Overridden base URLs; the others are the vendors'.
    public var baseURLs: [ProviderKind: String] = [:]
    /// The fallback chain of each task.
    public var routing = TaskRouting.standard
    /// One call's time limit per task.
    public var timeouts: [LLMTask: Duration] = [:]
    /// The retries of §3.2.
    public var retry = RetryPolicy()
    /// The report's output cap (`LLM_REPORT_MAX_TOKENS`).
    public var reportMaxTokens = 8192
    /// A chat answer's output cap (`LLM_FOLLOWUP_MAX_TOKENS`, §3.5).
    public var followupMaxTokens = 768
    /// The bounds of the judge's sampling interval (§3.3 step 2).
    public var judgeIntervals: ClosedRange<Int> = 5...200

    /// No keys: every task unavailable.
    public init() {}

    /// Reads the table above from `env`.
    public init(environment env: [String: String]) throws(ProviderConfigurationError) {
        let reader = EnvironmentReader(env)
        for kind in ProviderKind.allCases {
            if let key = reader.text(kind.keyVariable) { keys[kind] = key }
            if let url = try reader.url(kind.baseURLVariable) { baseURLs[kind] = url }
        }
        for task in LLMTask.allCases {
            if let chain = try reader.chain("LLM_ROUTE_\(task.environmentName)") { routing.chains[task] = chain }
        }
        let defaultTimeout = try reader.duration("LLM_TIMEOUT_S")
        for task in LLMTask.allCases {
            timeouts[task] = try reader.duration("LLM_TIMEOUT_\(task.environmentName)_S") ?? defaultTimeout
                ?? task.defaultTimeout
        }
        retry.maxAttempts = try reader.integer("LLM_MAX_ATTEMPTS", in: 1...10) ?? retry.maxAttempts
        retry.unparseableWait = try reader.duration("LLM_UNPARSEABLE_RETRY_WAIT_S", allowZero: true) ?? retry.unparseableWait
        retry.rateLimitWait = try reader.duration("LLM_RATE_LIMIT_RETRY_WAIT_S", allowZero: true) ?? retry.rateLimitWait
        reportMaxTokens = try reader.integer("LLM_REPORT_MAX_TOKENS", in: 256...200_000) ?? reportMaxTokens
        followupMaxTokens = try reader.integer("LLM_FOLLOWUP_MAX_TOKENS", in: 64...200_000) ?? followupMaxTokens
        let low = try reader.integer("LLM_JUDGE_MIN_INTERVAL", in: 1...10_000) ?? judgeIntervals.lowerBound
        let high = try reader.integer("LLM_JUDGE_MAX_INTERVAL", in: 1...10_000) ?? judgeIntervals.upperBound
        guard low <= high else {
            throw ProviderConfigurationError(variable: "LLM_JUDGE_MAX_INTERVAL", problem: "must not be below LLM_JUDGE_MIN_INTERVAL")
        }
        judgeIntervals = low...high
    }

    /// Sets (or with nil, removes) a provider's key.
    public mutating func setKey(_ key: String?, for kind: ProviderKind) { keys[kind] = key }

    /// Whether `kind` has a key.
    public func hasKey(_ kind: ProviderKind) -> Bool { keys[kind] != nil }

    public func key(for kind: ProviderKind) -> String? { keys[kind] }

    /// `kind`'s base URL: the override, else the vendor's.
    public func baseURL(for kind: ProviderKind) -> String { baseURLs[kind] ?? kind.defaultBaseURL }

    /// One call's time limit for `task`.
    public func timeout(for task: LLMTask) -> Duration { timeouts[task] ?? task.defaultTimeout }

    /// The steps of `task`'s chain whose provider has a key, in order.
    public func availableChain(for task: LLMTask) -> [RouteStep] { routing.chain(for: task).filter { hasKey($0.provider) } }

    /// A task is available when any provider of its chain has a key (§3.7).
    public func isAvailable(_ task: LLMTask) -> Bool { !availableChain(for: task).isEmpty }
}

/// Printing or dumping a configuration names the providers that have a key, never the key.
extension ProviderConfiguration: CustomStringConvertible, CustomReflectable {
    public var description: String {
        let keyed = ProviderKind.allCases.filter(hasKey).map(\.rawValue)
        return "ProviderConfiguration(keys: \(keyed), baseURLs: \(baseURLs), retry: \(retry), reportMaxTokens: \(reportMaxTokens))"
    }

    public var customMirror: Mirror { Mirror(reflecting: description) }
}

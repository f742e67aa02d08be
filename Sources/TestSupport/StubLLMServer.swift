import CoachingProviders

/// A real HTTP server on 127.0.0.1 (a free port) speaking for the three vendors as scripted, for the duration of
/// `StubLLMServer.run { … }`.
public struct StubLLMServer: Sendable {
    public let script: StubScript
    public let port: Int

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public static func run<T: Sendable>(_ body: @Sendable (StubLLMServer) async throws -> T) async throws -> T {
        let script = StubScript()
        return try await StubHTTPServer.run(label: "stub-llm", take: { await script.take($0) }) { port in
            try await body(StubLLMServer(script: script, port: port))
        }
    }

    /// Scripts the next replies of `kind`'s endpoint.
    public func enqueue(_ kind: ProviderKind, _ replies: StubReply...) async {
        await script.enqueue(kind, replies)
    }

    public func requests(to kind: ProviderKind) async -> [RecordedRequest] { await script.requests(to: kind) }

    /// An environment whose providers (those in `keys`) all point here, with millisecond retry waits, no judge
    /// sampling (unless `extra` turns it on) and a chain anthropic → openai → google for the report.
    public func environment(keys: Set<ProviderKind> = Set(ProviderKind.allCases), _ extra: [String: String] = [:]) -> [String: String] {
        var env: [String: String] = [
            "LLM_ROUTE_COACHING_REPORT": "anthropic:claude-test,openai:gpt-test,google:gemini-test",
            "LLM_ROUTE_COACHING_VALIDATOR": "openai:gpt-judge",
            "LLM_UNPARSEABLE_RETRY_WAIT_S": "0.02",
            "LLM_RATE_LIMIT_RETRY_WAIT_S": "0.05",
            "LLM_TIMEOUT_S": "5",
            "LLM_JUDGE_MIN_INTERVAL": "10000",
            "LLM_JUDGE_MAX_INTERVAL": "10000",
        ]
        for kind in ProviderKind.allCases {
            env[kind.baseURLVariable] = baseURL
            if keys.contains(kind) { env[kind.keyVariable] = "test-key-\(kind.rawValue)" }
        }
        return env.merging(extra) { $1 }
    }
}

public enum StubServerError: Error { case noPort }

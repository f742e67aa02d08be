import CoachingProviders
import Hummingbird
import Logging
import NIOCore

/// A real HTTP server on 127.0.0.1 (a free port) speaking for the three vendors as scripted, for the duration of
/// `StubLLMServer.run { … }`.
public struct StubLLMServer: Sendable {
    public let script: StubScript
    public let port: Int

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public static func run<T: Sendable>(_ body: @Sendable (StubLLMServer) async throws -> T) async throws -> T {
        let script = StubScript()
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "stub-llm")
        logger.logLevel = .critical
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in
                let recorded = RecordedRequest(
                    method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "",
                    headers: Dictionary(request.headers.map { ($0.name.canonicalName, $0.value) }, uniquingKeysWith: { $1 }),
                    body: String(buffer: try await request.body.collect(upTo: 1 << 20)))
                return try await response(for: await script.take(recorded))
            },
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portSink.yield(channel.localAddress?.port ?? 0)
                portSink.finish()
            },
            logger: logger)
        return try await withThrowingTaskGroup(of: Void.self, returning: T.self) { group in
            group.addTask { try await app.run() }
            defer { group.cancelAll() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else { throw StubServerError.noPort }
            return try await body(StubLLMServer(script: script, port: port))
        }
    }

    public static func response(for reply: StubReply) async throws -> Response {
        switch reply {
        case .delayed(let pause, let reply):
            try await Task.sleep(for: pause)
            return try await response(for: reply)
        case .http(let status, let body, let retryAfter):
            var fields = HTTPFields()
            fields[.contentType] = "application/json"
            fields[.retryAfter] = retryAfter
            return Response(status: .init(code: status), headers: fields, body: .init(byteBuffer: ByteBuffer(string: body)))
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

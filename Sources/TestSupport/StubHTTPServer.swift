import Hummingbird
import Logging
import NIOCore

/// A real HTTP server on 127.0.0.1 (a free port) for the duration of `run`: every request is recorded and answered
/// with the reply `take` hands out. The LLM and Open-Meteo stubs are this server with their own scripts.
public enum StubHTTPServer {
    /// Runs the server, calls `body` with its port, and stops the server when `body` returns.
    public static func run<T: Sendable>(label: String, take: @escaping @Sendable (RecordedRequest) async -> StubReply,
                                        _ body: @Sendable (Int) async throws -> T) async throws -> T {
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: label)
        logger.logLevel = .critical
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in
                let recorded = RecordedRequest(
                    method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "",
                    headers: Dictionary(request.headers.map { ($0.name.canonicalName, $0.value) }, uniquingKeysWith: { $1 }),
                    body: String(buffer: try await request.body.collect(upTo: 1 << 20)))
                return try await response(for: await take(recorded))
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
            return try await body(port)
        }
    }

    static func response(for reply: StubReply) async throws -> Response {
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
}

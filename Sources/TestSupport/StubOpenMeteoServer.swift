import Hummingbird
import Logging
import NIOCore

/// A real HTTP server on 127.0.0.1 (a free port) standing in for Open-Meteo's forecast and archive APIs, for the
/// duration of `StubOpenMeteoServer.run { … }`. Point both base URLs of the provider at `baseURL`; the recorded path
/// tells which API was asked.
public struct StubOpenMeteoServer: Sendable {
    public let script: StubOpenMeteoScript
    public let port: Int

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public static func run<T: Sendable>(_ body: @Sendable (StubOpenMeteoServer) async throws -> T) async throws -> T {
        let script = StubOpenMeteoScript()
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "stub-open-meteo")
        logger.logLevel = .critical
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in
                let recorded = RecordedRequest(
                    method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "",
                    headers: Dictionary(request.headers.map { ($0.name.canonicalName, $0.value) }, uniquingKeysWith: { $1 }),
                    body: String(buffer: try await request.body.collect(upTo: 1 << 20)))
                return try await StubLLMServer.response(for: await script.take(recorded))
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
            return try await body(StubOpenMeteoServer(script: script, port: port))
        }
    }

    /// Scripts the next replies.
    public func enqueue(_ replies: StubReply...) async {
        await script.enqueue(replies)
    }

    /// Every request received so far.
    public func requests() async -> [RecordedRequest] { await script.requests }
}

import Hummingbird

/// A real HTTP server on 127.0.0.1 (a free port) standing in for Open-Meteo's forecast and archive APIs, for the
/// duration of `StubOpenMeteoServer.run { … }`. Point both base URLs of the provider at `baseURL`; the recorded path
/// tells which API was asked.
public struct StubOpenMeteoServer: Sendable {
    public let script: StubOpenMeteoScript
    public let port: Int

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public static func run<T: Sendable>(_ body: @Sendable (StubOpenMeteoServer) async throws -> T) async throws -> T {
        let script = StubOpenMeteoScript()
        return try await StubHTTPServer.run(label: "stub-open-meteo", take: { await script.take($0) }) { port in
            try await body(StubOpenMeteoServer(script: script, port: port))
        }
    }

    /// Scripts the next replies.
    public func enqueue(_ replies: StubReply...) async {
        await script.enqueue(replies)
    }

    /// Every request received so far.
    public func requests() async -> [RecordedRequest] { await script.requests }
}

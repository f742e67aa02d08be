import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// The one HTTP exchange every vendor shares: POST a JSON body, map the status to `LLMProviderError`, decode the
/// vendor's JSON reply. Holds no key: each provider puts its own credentials in `headers`.
struct ProviderHTTP: Sendable {
    let client: HTTPClient
    /// Largest reply body read (a report is a few tens of KiB).
    static let maxReplyBytes = 8 * 1024 * 1024

    func post<Reply: Decodable>(_ url: String, headers: [(String, String)], body: some Encodable,
                                timeout: Duration, as _: Reply.Type) async throws -> Reply {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(contentsOf: headers)
        request.body = .bytes(ByteBuffer(data: try JSONEncoder().encode(body)))
        let bytes: ByteBuffer
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: Self.timeAmount(timeout))
            bytes = try await response.body.collect(upTo: Self.maxReplyBytes)
        } catch {
            throw Self.mapped(error)
        }
        try Self.check(response.status, headers: response.headers, body: bytes)
        do {
            return try JSONDecoder().decode(Reply.self, from: Data(buffer: bytes))
        } catch {
            throw LLMProviderError.malformedResponse("not the expected JSON (\(Self.snippet(bytes)))")
        }
    }

    /// 2xx passes; 429, 5xx and the rest become their `LLMProviderError`.
    static func check(_ status: HTTPResponseStatus, headers: HTTPHeaders, body: ByteBuffer) throws {
        switch status.code {
        case 200..<300: return
        case 429: throw LLMProviderError.rateLimited(retryAfter: headers.first(name: "retry-after").flatMap(Double.init))
        case 408: throw LLMProviderError.timeout
        case 500..<600: throw LLMProviderError.server(status: Int(status.code))
        default: throw LLMProviderError.badRequest(status: Int(status.code), message: snippet(body))
        }
    }

    static func mapped(_ error: any Error) -> any Error {
        if error is CancellationError || Task.isCancelled { return CancellationError() }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout: return LLMProviderError.timeout
            default: return LLMProviderError.transport("\(error)")
            }
        }
        return LLMProviderError.transport("\(error)")
    }

    /// The start of a body, for error messages.
    static func snippet(_ body: ByteBuffer) -> String {
        String(String(buffer: body).prefix(200))
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// `base` + `path` without a doubled slash or a doubled `/v1` (OpenAI's SDKs put `/v1` in the base URL).
    static func url(base: String, path: String) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        if base.hasSuffix("/v1"), path.hasPrefix("/v1/") { base.removeLast(3) }
        return base + path
    }
}

/// Why a provider call failed, mapped from the HTTP exchange. Decides what the caller does next (§3.2): a rate limit
/// or an unparseable answer is retried after a wait, anything else moves on to the next provider of the chain.
public enum LLMProviderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// HTTP 429; `retryAfter` is the `Retry-After` header in seconds when the vendor sent one.
    case rateLimited(retryAfter: Double?)
    /// HTTP 5xx (Anthropic's 529 "overloaded" included).
    case server(status: Int)
    /// Any other non-2xx answer (bad key, unknown model, request too large…), with the start of the body.
    case badRequest(status: Int, message: String)
    /// No complete answer before the task's timeout.
    case timeout
    /// A 2xx answer whose body is not the vendor's JSON shape, or carries no text.
    case malformedResponse(String)
    /// The connection failed (refused, reset, TLS…).
    case transport(String)

    public var description: String {
        switch self {
        case .rateLimited(let after): "rate limited" + (after.map { " (retry after \($0) s)" } ?? "")
        case .server(let status): "server error \(status)"
        case .badRequest(let status, let message): "request refused \(status): \(message)"
        case .timeout: "timed out"
        case .malformedResponse(let why): "malformed response: \(why)"
        case .transport(let why): "transport error: \(why)"
        }
    }
}

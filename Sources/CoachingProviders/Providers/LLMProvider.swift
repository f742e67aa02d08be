/// One model of one vendor, reached over HTTP: a system text and a user prompt in, the model's text out.
public protocol LLMProvider: Sendable {
    var kind: ProviderKind { get }
    var model: String { get }

    /// One request, no retries (the caller retries per platform.md §3.2). Throws `LLMProviderError`.
    func complete(system: String, prompt: String, maxTokens: Int, temperature: Double,
                  timeout: Duration) async throws -> String

    /// The same call, with the tokens the vendor reports (a provider that cannot tell answers with none).
    func metered(system: String, prompt: String, maxTokens: Int, temperature: Double,
                 timeout: Duration) async throws -> MeteredReply
}

/// A provider's answer with the tokens it reports.
public struct MeteredReply: Sendable {
    public var text: String
    public var usage: TokenUsage?
}

extension LLMProvider {
    /// The answer without token usage (for providers that cannot tell it).
    public func metered(system: String, prompt: String, maxTokens: Int, temperature: Double,
                        timeout: Duration) async throws -> MeteredReply {
        MeteredReply(text: try await complete(system: system, prompt: prompt, maxTokens: maxTokens, temperature: temperature,
                                              timeout: timeout), usage: nil)
    }

    /// `provider:model`, as a report's `generated_by` says it.
    public var routeName: String { "\(kind.rawValue):\(model)" }
}

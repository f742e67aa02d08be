/// One model of one vendor, reached over HTTP: a system text and a user prompt in, the model's text out.
public protocol LLMProvider: Sendable {
    var kind: ProviderKind { get }
    var model: String { get }

    /// One request, no retries (the caller retries per platform.md §3.2). Throws `LLMProviderError`.
    func complete(system: String, prompt: String, maxTokens: Int, temperature: Double,
                  timeout: Duration) async throws -> String
}

extension LLMProvider {
    /// `provider:model`, as a report's `generated_by` says it.
    public var routeName: String { "\(kind.rawValue):\(model)" }
}

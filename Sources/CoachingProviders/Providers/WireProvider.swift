import AsyncHTTPClient

/// A provider speaking one vendor's wire format over async-http-client.
struct WireProvider<Format: WireFormat>: LLMProvider {
    let model: String
    let apiKey: String
    let baseURL: String
    let http: ProviderHTTP

    var kind: ProviderKind { Format.kind }

    init(model: String, apiKey: String, baseURL: String = Format.kind.defaultBaseURL, httpClient: HTTPClient = .shared) {
        self.model = model
        self.apiKey = apiKey
        self.baseURL = baseURL
        self.http = ProviderHTTP(client: httpClient)
    }

    func complete(system: String, prompt: String, maxTokens: Int, temperature: Double,
                  timeout: Duration) async throws -> String {
        try await metered(system: system, prompt: prompt, maxTokens: maxTokens, temperature: temperature, timeout: timeout).text
    }

    func metered(system: String, prompt: String, maxTokens: Int, temperature: Double,
                 timeout: Duration) async throws -> MeteredReply {
        let body = Format.body(model: model, system: system, prompt: prompt, maxTokens: maxTokens, temperature: temperature)
        let reply = try await http.post(ProviderHTTP.url(base: baseURL, path: Format.path(model: model)),
                                        headers: Format.credentials(apiKey: apiKey), body: body, timeout: timeout,
                                        as: Format.Reply.self)
        guard let text = Format.text(of: reply), !text.isEmpty else {
            throw LLMProviderError.malformedResponse("no text in the \(kind.rawValue) reply")
        }
        return MeteredReply(text: text, usage: Format.usage(of: reply))
    }
}

/// Anthropic's Messages API.
typealias AnthropicProvider = WireProvider<AnthropicMessages>
/// OpenAI's Chat Completions API.
typealias OpenAIProvider = WireProvider<OpenAIChatCompletions>
/// Google's Gemini `generateContent`.
typealias GeminiProvider = WireProvider<GeminiGenerateContent>

/// OpenAI's Chat Completions API: `POST {base}/v1/chat/completions` with `Authorization: Bearer`; a system and a
/// user message; the output cap is `max_completion_tokens` (`max_tokens` is deprecated and refused by reasoning
/// models). A base URL ending in `/v1`, as OpenAI's SDKs write it, is accepted too.
enum OpenAIChatCompletions: WireFormat {
    struct Message: Codable {
        var role: String
        var content: String?
    }

    struct Body: Encodable {
        var model: String
        var messages: [Message]
        var max_completion_tokens: Int
        var temperature: Double
    }

    struct Choice: Decodable {
        var message: Message
    }

    struct Usage: Decodable {
        var prompt_tokens: Int?
        var completion_tokens: Int?
    }

    struct Reply: Decodable {
        var choices: [Choice]
        var usage: Usage?
    }

    static func usage(of reply: Reply) -> TokenUsage? {
        guard let input = reply.usage?.prompt_tokens, let output = reply.usage?.completion_tokens else { return nil }
        return TokenUsage(inputTokens: input, outputTokens: output)
    }

    static let kind = ProviderKind.openai

    static func path(model: String) -> String { "/v1/chat/completions" }

    static func credentials(apiKey: String) -> [(String, String)] { [("authorization", "Bearer \(apiKey)")] }

    static func body(model: String, system: String, prompt: String, maxTokens: Int, temperature: Double) -> Body {
        Body(model: model, messages: [Message(role: "system", content: system), Message(role: "user", content: prompt)],
             max_completion_tokens: maxTokens, temperature: temperature)
    }

    static func text(of reply: Reply) -> String? { reply.choices.first?.message.content }
}

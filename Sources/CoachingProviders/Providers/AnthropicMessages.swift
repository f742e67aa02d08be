/// Anthropic's Messages API: `POST {base}/v1/messages` with `x-api-key` and `anthropic-version: 2023-06-01`;
/// the text is in the reply's `text` content blocks.
enum AnthropicMessages: WireFormat {
    struct Message: Encodable {
        var role: String
        var content: String
    }

    struct Body: Encodable {
        var model: String
        var max_tokens: Int
        var system: String
        var messages: [Message]
        var temperature: Double
    }

    struct Block: Decodable {
        var type: String
        var text: String?
    }

    struct Usage: Decodable {
        var input_tokens: Int?
        var output_tokens: Int?
    }

    struct Reply: Decodable {
        var content: [Block]
        var usage: Usage?
    }

    static func usage(of reply: Reply) -> TokenUsage? {
        guard let input = reply.usage?.input_tokens, let output = reply.usage?.output_tokens else { return nil }
        return TokenUsage(inputTokens: input, outputTokens: output)
    }

    static let kind = ProviderKind.anthropic

    static func path(model: String) -> String { "/v1/messages" }

    static func credentials(apiKey: String) -> [(String, String)] {
        [("x-api-key", apiKey), ("anthropic-version", "2023-06-01")]
    }

    static func body(model: String, system: String, prompt: String, maxTokens: Int, temperature: Double) -> Body {
        Body(model: model, max_tokens: maxTokens, system: system, messages: [Message(role: "user", content: prompt)],
             temperature: temperature)
    }

    static func text(of reply: Reply) -> String? {
        reply.content.filter { $0.type == "text" }.compactMap(\.text).joined()
    }
}

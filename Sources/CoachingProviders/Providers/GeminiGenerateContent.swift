/// Google's Gemini API: `POST {base}/v1beta/models/{model}:generateContent`, the key in the `x-goog-api-key` header
/// (never in the URL, so it stays out of access logs); the text is in the first candidate's parts.
enum GeminiGenerateContent: WireFormat {
    struct Part: Codable {
        var text: String?
    }

    struct Content: Codable {
        var role: String?
        var parts: [Part]?
    }

    struct GenerationConfig: Encodable {
        var maxOutputTokens: Int
        var temperature: Double
    }

    struct Body: Encodable {
        var systemInstruction: Content
        var contents: [Content]
        var generationConfig: GenerationConfig
    }

    struct Candidate: Decodable {
        var content: Content?
    }

    struct UsageMetadata: Decodable {
        var promptTokenCount: Int?
        var candidatesTokenCount: Int?
    }

    struct Reply: Decodable {
        var candidates: [Candidate]?
        var usageMetadata: UsageMetadata?
    }

    static func usage(of reply: Reply) -> TokenUsage? {
        guard let input = reply.usageMetadata?.promptTokenCount, let output = reply.usageMetadata?.candidatesTokenCount else { return nil }
        return TokenUsage(inputTokens: input, outputTokens: output)
    }

    static let kind = ProviderKind.google

    static func path(model: String) -> String { "/v1beta/models/\(model):generateContent" }

    static func credentials(apiKey: String) -> [(String, String)] { [("x-goog-api-key", apiKey)] }

    static func body(model: String, system: String, prompt: String, maxTokens: Int, temperature: Double) -> Body {
        Body(systemInstruction: Content(role: nil, parts: [Part(text: system)]),
             contents: [Content(role: "user", parts: [Part(text: prompt)])],
             generationConfig: GenerationConfig(maxOutputTokens: maxTokens, temperature: temperature))
    }

    static func text(of reply: Reply) -> String? {
        (reply.candidates?.first?.content?.parts ?? []).compactMap(\.text).joined()
    }
}

/// What differs between vendors: the endpoint path, the credentials header, the request body and where the text is
/// in the reply. `WireProvider` does the rest.
protocol WireFormat: Sendable {
    associatedtype Body: Encodable
    associatedtype Reply: Decodable

    static var kind: ProviderKind { get }
    /// The path after the base URL.
    static func path(model: String) -> String
    /// The headers carrying the key.
    static func credentials(apiKey: String) -> [(String, String)]
    static func body(model: String, system: String, prompt: String, maxTokens: Int, temperature: Double) -> Body
    /// The answer's text; nil or empty when the reply carries none.
    static func text(of reply: Reply) -> String?
    /// The tokens the reply says the call used; nil when it does not say.
    static func usage(of reply: Reply) -> TokenUsage?
}

/// The models the operator console offers, with list prices per million tokens (US dollars, the vendors' published
/// prices for the standard tier). A model not listed is still callable; its calls just have no cost.
public enum ModelCatalogue {
    public struct Model: Sendable, Equatable, Codable {
        public var provider: ProviderKind
        public var model: String
        public var inputPerMillionUSD: Double
        public var outputPerMillionUSD: Double
    }

    public static let models: [Model] = [
        Model(provider: .anthropic, model: "claude-sonnet-4-5", inputPerMillionUSD: 3.0, outputPerMillionUSD: 15.0),
        Model(provider: .anthropic, model: "claude-haiku-4-5", inputPerMillionUSD: 1.0, outputPerMillionUSD: 5.0),
        Model(provider: .openai, model: "gpt-4.1", inputPerMillionUSD: 2.0, outputPerMillionUSD: 8.0),
        Model(provider: .openai, model: "gpt-4.1-mini", inputPerMillionUSD: 0.4, outputPerMillionUSD: 1.6),
        Model(provider: .google, model: "gemini-2.5-pro", inputPerMillionUSD: 1.25, outputPerMillionUSD: 10.0),
        Model(provider: .google, model: "gemini-2.5-flash", inputPerMillionUSD: 0.3, outputPerMillionUSD: 2.5),
    ]

    /// The call's cost, or nil when its tokens or its model's price are unknown.
    public static func cost(of usage: TokenUsage?, on route: RouteStep) -> Double? {
        guard let usage, let model = models.first(where: { $0.provider == route.provider && $0.model == route.model }) else {
            return nil
        }
        return (Double(usage.inputTokens) * model.inputPerMillionUSD + Double(usage.outputTokens) * model.outputPerMillionUSD) / 1_000_000
    }
}

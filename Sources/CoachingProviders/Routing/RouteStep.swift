import Foundation

/// One link of a fallback chain: a vendor and the model asked there. Written `provider:model`.
public struct RouteStep: Sendable, Hashable, CustomStringConvertible {
    /// The vendor.
    public var provider: ProviderKind
    /// The vendor's model name, sent as is.
    public var model: String

    public init(_ provider: ProviderKind, _ model: String) {
        self.provider = provider
        self.model = model
    }

    /// `anthropic:claude-sonnet-4-5`; also what a report's `generated_by` says.
    public var description: String { "\(provider.rawValue):\(model)" }

    /// Reads `provider:model` (the model may itself contain colons). Nil for an unknown provider or no model.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":"),
              let provider = ProviderKind(rawValue: trimmed[..<colon].lowercased()) else { return nil }
        let model = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !model.isEmpty else { return nil }
        self.init(provider, model)
    }
}

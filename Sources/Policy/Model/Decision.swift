/// The engine's answer, with the ids of the rules that decided it.
public struct Decision: Sendable, Equatable {
    public enum Effect: String, Sendable, Codable {
        case allow, deny
    }

    public var effect: Effect
    /// Forbid rules that matched (deny), or permit rules that matched (allow). Empty on default deny.
    public var ruleIDs: [String]

    public init(effect: Effect, ruleIDs: [String]) {
        self.effect = effect
        self.ruleIDs = ruleIDs
    }

    public var isAllowed: Bool { effect == .allow }

    /// `default-deny` when no rule decided.
    public var ruleSummary: String { ruleIDs.isEmpty ? "default-deny" : ruleIDs.joined(separator: ",") }
}

/// One permit or forbid rule of `policy.yaml`.
public struct Rule: Sendable, Equatable {
    public enum Effect: String, Sendable, CaseIterable {
        case permit, forbid
    }

    public var id: String
    public var effect: Effect
    public var principals: Set<Principal.Kind>
    public var actions: Set<String>
    public var resource: String
    public var conditions: [Predicate]
    public var description: String?
}

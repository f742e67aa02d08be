/// One permit or forbid rule of `policy.yaml`.
public struct Rule: Sendable, Equatable {
    public enum Effect: String, Sendable, CaseIterable {
        case permit, forbid
    }

    public var id: String
    public var effect: Effect
    public var principals: Set<Principal.Kind>
    /// The actions it covers (`*` in the file is expanded to every action on its resource kinds).
    public var actions: Set<String>
    /// The resource kinds it covers.
    public var resources: Set<String>
    public var conditions: [Predicate]
    public var description: String?
}

/// The vocabulary a policy file declares: resource kinds and actions (business verbs).
public struct Catalogue: Sendable, Equatable {
    public struct ResourceKind: Sendable, Equatable {
        public var name: String
        public var description: String
        /// The action that decides whether a caller may see that the resource exists (404 vs 403).
        public var readAction: String?
        /// How a 403 on this kind is worded, first applicable first (an action's own `forbidden` wins).
        public var forbidden: [RefusalWording] = []
    }

    public struct Action: Sendable, Equatable {
        public var name: String
        public var resource: String
        public var description: String
        /// Asked by a handler through `PolicyGate` (a decision that depends on the request body), never bound
        /// to a route: e.g. granting a staff role while adding a member.
        public var isGate: Bool = false
        /// The `detail` of a 403 for this action (e.g. "Admin access required"), when the policy words it.
        public var forbiddenDetail: String?
    }

    public var resources: [String: ResourceKind]
    public var actions: [String: Action]
}

/// The vocabulary a policy file declares: resource kinds and actions (business verbs).
public struct Catalogue: Sendable, Equatable {
    public struct ResourceKind: Sendable, Equatable {
        public var name: String
        public var description: String
        /// The action that decides whether a caller may see that the resource exists (404 vs 403).
        public var readAction: String?
    }

    public struct Action: Sendable, Equatable {
        public var name: String
        public var resource: String
        public var description: String
    }

    public var resources: [String: ResourceKind]
    public var actions: [String: Action]
}

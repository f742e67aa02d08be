import Policy
import Storage

/// The resource a route acts on, loaded once: the projection the policy sees plus the record the handler uses.
public struct LoadedResource: Sendable {
    public var facts: ResourceFacts
    public var record: (any Sendable)?

    public init(facts: ResourceFacts, record: (any Sendable)? = nil) {
        self.facts = facts
        self.record = record
    }
}

/// What a locator gets: the path parameter value (if the binding names one) and the caller.
public struct LocatorInput: Sendable {
    public var id: String?
    public var principal: Principal
    public var user: UserAccount?
    /// The share principal's grant, already loaded by the tenancy stage.
    public var shareGrant: ShareGrant?
}

/// One loader per resource kind named in `routes.yaml`; the server refuses to start when a kind has none.
public struct ResourceLocator: Sendable {
    public var load: @Sendable (LocatorInput) async throws -> LoadedResource?
    /// The 404 detail for this kind, e.g. `Session abc not found`.
    public var notFoundDetail: @Sendable (String?) -> String
    /// The 403 detail for a caller the policy denied on an existing resource (nil: the generic detail). It only
    /// words the refusal; the decision itself is the engine's.
    public var forbiddenDetail: (@Sendable (Principal, ResourceFacts) -> String)?

    public init(notFoundDetail: @escaping @Sendable (String?) -> String,
                forbiddenDetail: (@Sendable (Principal, ResourceFacts) -> String)? = nil,
                load: @escaping @Sendable (LocatorInput) async throws -> LoadedResource?) {
        self.load = load
        self.notFoundDetail = notFoundDetail
        self.forbiddenDetail = forbiddenDetail
    }
}

/// The registry of locators, by resource kind.
public struct ResourceLocators: Sendable {
    var byKind: [String: ResourceLocator] = [:]

    public mutating func register(_ kind: String, _ locator: ResourceLocator) {
        byKind[kind] = locator
    }

    public subscript(kind: String) -> ResourceLocator? { byKind[kind] }
    public var kinds: Set<String> { Set(byKind.keys) }
}

import Policy
import Storage

/// Finds one resource kind of `Policies/routes.yaml` (e.g. `session` → `SessionRecord`). A route declares its locator
/// in code, so its handler receives the record with its type; start-up compares `kind` with the route's binding.
public struct ResourceLocator<Record: Sendable>: Sendable {
    /// The kind's name in routes.yaml and policy.yaml.
    public let kind: String
    /// The 404 detail for this kind, e.g. `Session abc not found`.
    let notFoundDetail: @Sendable (String?) -> String
    let load: @Sendable (LocatorInput) async throws -> Located<Record>?

    public init(kind: String, notFoundDetail: @escaping @Sendable (String?) -> String,
                load: @escaping @Sendable (LocatorInput) async throws -> Located<Record>?) {
        self.kind = kind
        self.notFoundDetail = notFoundDetail
        self.load = load
    }
}

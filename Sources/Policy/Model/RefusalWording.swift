/// One wording of a 403 for a resource kind: used when the caller does not meet all of `unless` (an empty `unless`
/// always applies). The first wording that applies is the `detail`.
public struct RefusalWording: Sendable, Equatable {
    public var unless: [Predicate]
    public var detail: String

    public init(unless: [Predicate] = [], detail: String) {
        self.unless = unless
        self.detail = detail
    }

    /// Whether this wording is the one for the caller: no `unless`, or the caller misses one of its conditions.
    public func applies(to principal: Principal, on resource: ResourceFacts) -> Bool {
        unless.isEmpty || !unless.allSatisfy { $0.holds(for: principal, on: resource) }
    }
}

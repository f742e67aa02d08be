import Policy

/// A resource as its locator found it: what the policy sees, and the typed record the handler receives.
public struct Located<Record: Sendable>: Sendable {
    public var facts: ResourceFacts
    public var record: Record

    public init(facts: ResourceFacts, record: Record) {
        self.facts = facts
        self.record = record
    }
}

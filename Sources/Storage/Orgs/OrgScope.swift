/// The organization whose members and events a query may touch. Every tenant query of `OrgStore` takes one.
public struct OrgScope: Sendable, Equatable {
    public let orgID: String
    public init(orgID: String) { self.orgID = orgID }
}

import Policy

/// A feature that knows one relationship of a user (organization roles, instructor links) registers one of these;
/// the policy stage calls it only when a decision needs that relationship.
public protocol RelationshipProvider: Sendable {
    var relationship: Relationship { get }
    /// Fills the relationship into the principal of user `userID`.
    func load(into principal: inout Principal, userID: String) async throws
}

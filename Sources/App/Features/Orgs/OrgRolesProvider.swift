import Policy
import Storage

/// The caller's organization memberships (org id → role) for the policy engine's `org_role` predicate.
struct OrgRolesProvider: RelationshipProvider {
    let orgs: any OrgStore
    var relationship: Relationship { .orgRoles }

    func load(into principal: inout Principal, userID: String) async throws {
        principal.orgRoles = try await orgs.roles(OwnerScope(userID: userID)).mapValues(\.rawValue)
    }
}

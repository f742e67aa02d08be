import Storage

/// Loads the caller's organization memberships (org id → role) for the policy engine's `org_role` predicate.
struct OrgTenancyProvider: TenancyFactsProvider {
    let orgs: any OrgStore

    func facts(for user: UserAccount) async throws -> TenancyFacts {
        TenancyFacts(orgRoles: try await orgs.roles(OwnerScope(userID: user.id)).mapValues(\.rawValue))
    }
}

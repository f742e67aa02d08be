import Policy
import Storage

extension OrgRoutes {
    /// `org_directory`: the caller's own organizations (the record is the caller's scope);
    /// `org`: one organization by slug (facts id = org id = orgID).
    static func locators(into registry: inout ResourceLocators, orgs: any OrgStore) {
        registry.register("org_directory", ResourceLocator(notFoundDetail: { _ in "Not Found" }) { input in
            guard let user = input.user else { return LoadedResource(facts: ResourceFacts(kind: "org_directory")) }
            return LoadedResource(facts: ResourceFacts(kind: "org_directory", id: user.id, ownerID: user.id),
                                  record: OwnerScope(userID: user.id))
        })
        registry.register("org", ResourceLocator(
            notFoundDetail: { _ in "Organization not found" },
            forbiddenDetail: { principal, facts in
                facts.orgID.flatMap { principal.orgRoles[$0] } == nil ? "Not a member of this organization" : "Insufficient permissions"
            },
            load: { input in
                guard let slug = input.id, let organization = try await orgs.locate(slug: slug) else { return nil }
                return LoadedResource(facts: facts(of: organization), record: organization)
            }))
    }
}

extension OrgRoutes {
    /// What the policy sees of an organization: its id, which is also the org its roles are keyed by.
    static func facts(of organization: Organization) -> ResourceFacts {
        ResourceFacts(kind: "org", id: organization.id, orgID: organization.id)
    }
}

extension AppRequestContext {
    /// The authorized organization (routes bound to kind `org`).
    func requireOrganization() throws -> Organization {
        guard let organization = resource?.record as? Organization else { throw AppError.internalError }
        return organization
    }

    /// The caller's scope for the organization directory (routes bound to kind `org_directory`).
    func requireOrgDirectory() throws -> OwnerScope {
        guard let scope = resource?.record as? OwnerScope else { throw AppError.internalError }
        return scope
    }
}

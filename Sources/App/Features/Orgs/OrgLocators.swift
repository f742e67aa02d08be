import Policy
import Storage

extension ResourceLocator where Record == OwnerScope {
    /// `org_directory`: the caller's own organizations (the record is the caller's scope).
    static var orgDirectory: Self {
        Self(kind: "org_directory", notFoundDetail: { _ in "Not Found" }) { input in
            guard let user = input.user else { return nil }
            return Located(facts: ResourceFacts(kind: "org_directory", id: user.id, ownerID: user.id),
                           record: OwnerScope(userID: user.id))
        }
    }
}

extension ResourceLocator where Record == Organization {
    /// `org`: one organization by slug (facts id = org id = orgID).
    static func organization(_ orgs: any OrgStore) -> Self {
        Self(kind: "org", notFoundDetail: { _ in "Organization not found" }) { input in
            guard let slug = input.id, let organization = try await orgs.locate(slug: slug) else { return nil }
            return Located(facts: OrgRoutes.facts(of: organization), record: organization)
        }
    }
}

extension OrgRoutes {
    /// What the policy sees of an organization: its id, which is also the org its roles are keyed by.
    static func facts(of organization: Organization) -> ResourceFacts {
        ResourceFacts(kind: "org", id: organization.id, orgID: organization.id)
    }
}

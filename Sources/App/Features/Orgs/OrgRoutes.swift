import Hummingbird
import Storage

/// Organizations, their members and events (platform.md §11.3), plus `PATCH`/`DELETE /api/orgs/{slug}` for owners.
/// Access is decided by the policy engine before a handler runs; granting a staff role asks `PolicyGate`.
enum OrgRoutes {
    /// Gate actions the handlers ask (declared with `gate: true` in policy.yaml; checked at start-up).
    static let gateActions: Set<String> = [OrgActions.grantStaff]

    static func routes(orgs: any OrgStore, gate: PolicyGate) -> [RouteSpec] {
        let organization = ResourceLocator.organization(orgs)
        return organizationRoutes(orgs: orgs, located: organization) + memberRoutes(orgs: orgs, located: organization, gate: gate)
            + eventRoutes(orgs: orgs, located: organization)
    }
}

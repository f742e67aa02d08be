import Hummingbird
import Storage

extension OrgRoutes {
    static func organizationRoutes(orgs: any OrgStore) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/orgs", tag: "Organizations", summary: "The organizations the caller belongs to", docs: OrgDocs.list) { _, context in
                let caller = try context.requireOrgDirectory()
                let list = try await orgs.organizations(caller)
                return try JSONCoding.response(OrgListResponse(organizations: list.map(OrgSummary.init)))
            },
            RouteSpec(.post, "/api/orgs", tag: "Organizations", summary: "Create an organization; the caller becomes its owner", docs: OrgDocs.create) {
                request, context in
                let caller = try context.requireOrgDirectory()
                let body = try CreateOrgRequest(try await JSONBody.read(request, context: context))
                switch try await orgs.create(body.organization, ownerID: caller.userID) {
                case .created(let organization): return try JSONCoding.response(OrgSummary(organization: organization))
                case .slugTaken: throw AppError.conflict("Organization slug '\(body.organization.slug)' is already taken")
                }
            },
            RouteSpec(.get, "/api/orgs/{slug}", tag: "Organizations", summary: "An organization's public summary", docs: OrgDocs.read) { _, context in
                try JSONCoding.response(OrgSummary(organization: try context.requireOrganization()))
            },
            RouteSpec(.patch, "/api/orgs/{slug}", tag: "Organizations", summary: "Change name, logo or brand color (owners)", docs: OrgDocs.update) {
                request, context in
                let organization = try context.requireOrganization()
                let body = try UpdateOrgRequest(try await JSONBody.read(request, context: context))
                guard let updated = try await orgs.update(body.changes, organization.scope) else {
                    throw AppError.notFound("Organization not found")
                }
                return try JSONCoding.response(OrgSummary(organization: updated))
            },
            RouteSpec(.delete, "/api/orgs/{slug}", tag: "Organizations", summary: "Delete an organization with its members and events (owners)", docs: OrgDocs.delete) {
                _, context in
                let organization = try context.requireOrganization()
                guard try await orgs.delete(organization.scope) else { throw AppError.notFound("Organization not found") }
                return try JSONCoding.response(StatusResponse(status: "deleted"))
            },
        ]
    }
}

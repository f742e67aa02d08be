import Hummingbird
import Storage

extension OrgRoutes {
    static func organizationRoutes(orgs: any OrgStore, located organization: ResourceLocator<Organization>) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/orgs", on: .orgDirectory, tag: "Organizations", summary: "The organizations the caller belongs to",
                      docs: OrgDocs.list) { _, _, caller in
                let list = try await orgs.organizations(caller)
                return try JSONCoding.response(OrgListResponse(organizations: list.map(OrgSummary.init)))
            },
            RouteSpec(.post, "/api/orgs", on: .orgDirectory, tag: "Organizations", summary: "Create an organization; the caller becomes its owner",
                      docs: OrgDocs.create) { request, context, caller in
                let body = try CreateOrgRequest(try await JSONBody.read(request, context: context))
                switch try await orgs.create(body.organization, ownerID: caller.userID) {
                case .created(let organization): return try JSONCoding.response(OrgSummary(organization: organization))
                case .slugTaken: throw AppError.conflict("Organization slug '\(body.organization.slug)' is already taken")
                }
            },
            RouteSpec(.get, "/api/orgs/{slug}", on: organization, tag: "Organizations", summary: "An organization's public summary",
                      docs: OrgDocs.read) { _, _, organization in
                try JSONCoding.response(OrgSummary(organization: organization))
            },
            RouteSpec(.patch, "/api/orgs/{slug}", on: organization, tag: "Organizations", summary: "Change name, logo or brand color (owners)",
                      docs: OrgDocs.update) { request, context, organization in
                let body = try UpdateOrgRequest(try await JSONBody.read(request, context: context))
                guard let updated = try await orgs.update(body.changes, organization.scope) else {
                    throw AppError.notFound("Organization not found")
                }
                return try JSONCoding.response(OrgSummary(organization: updated))
            },
            RouteSpec(.delete, "/api/orgs/{slug}", on: organization, tag: "Organizations",
                      summary: "Delete an organization with its members and events (owners)", docs: OrgDocs.delete) { _, _, organization in
                guard try await orgs.delete(organization.scope) else { throw AppError.notFound("Organization not found") }
                return try JSONCoding.response(StatusResponse(status: "deleted"))
            },
        ]
    }
}

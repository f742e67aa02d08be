import Hummingbird
import Storage

extension OrgRoutes {
    static func memberRoutes(orgs: any OrgStore, located organization: ResourceLocator<Organization>, gate: PolicyGate) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/orgs/{slug}/members", on: organization, tag: "Organizations", summary: "An organization's members (members)",
                      docs: OrgDocs.members) { _, _, organization in
                let members = try await orgs.members(organization.scope)
                return try JSONCoding.response(MemberListResponse(members: members.map(MemberEntry.init)))
            },
            RouteSpec(.post, "/api/orgs/{slug}/members", on: organization, tag: "Organizations",
                      summary: "Add a user as student (owners and instructors) or as owner/instructor (owners)",
                      docs: OrgDocs.addMember) { request, context, organization in
                let body = try AddMemberRequest(try await JSONBody.read(request, context: context))
                if MemberRoleInput.isStaff(body.role) {
                    try await gate.require(OrgActions.grantStaff, on: facts(of: organization), context)
                }
                switch try await orgs.addMember(userID: body.userID, role: body.role, runGroup: body.runGroup, organization.scope) {
                case .added: return try JSONCoding.response(StatusResponse(status: "added"))
                case .unknownUser: throw AppError.notFound("User not found")
                case .alreadyMember: throw AppError.conflict("User is already a member")
                }
            },
            RouteSpec(.delete, "/api/orgs/{slug}/members/{user_id}", on: organization, tag: "Organizations",
                      summary: "Remove a member; the last owner stays (owners)", docs: OrgDocs.removeMember) { _, context, organization in
                guard let userID = context.parameters.get("user_id") else { throw AppError.notFound("Member not found") }
                switch try await orgs.removeMember(userID: userID, organization.scope) {
                case .removed: return try JSONCoding.response(StatusResponse(status: "removed"))
                case .notMember: throw AppError.notFound("Member not found")
                case .lastOwner: throw AppError.conflict("Cannot remove the last owner of the organization")
                }
            },
        ]
    }
}

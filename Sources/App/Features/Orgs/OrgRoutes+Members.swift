import Hummingbird
import Storage

extension OrgRoutes {
    static func memberRoutes(orgs: any OrgStore, gate: PolicyGate) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/orgs/{slug}/members", tag: "Organizations", summary: "An organization's members (members)", docs: OrgDocs.members) {
                _, context in
                let members = try await orgs.members(try context.requireOrganization().scope)
                return try JSONCoding.response(MemberListResponse(members: members.map(MemberEntry.init)))
            },
            RouteSpec(.post, "/api/orgs/{slug}/members", tag: "Organizations",
                      summary: "Add a user as student (owners and instructors) or as owner/instructor (owners)", docs: OrgDocs.addMember) { request, context in
                let organization = try context.requireOrganization()
                let body = try AddMemberRequest(try await JSONBody.read(request, context: context))
                if MemberRoleInput.isStaff(body.role) {
                    try gate.require(OrgActions.grantStaff, on: facts(of: organization), for: context.principal)
                }
                switch try await orgs.addMember(userID: body.userID, role: body.role, runGroup: body.runGroup, organization.scope) {
                case .added: return try JSONCoding.response(StatusResponse(status: "added"))
                case .unknownUser: throw AppError.notFound("User not found")
                case .alreadyMember: throw AppError.conflict("User is already a member")
                }
            },
            RouteSpec(.delete, "/api/orgs/{slug}/members/{user_id}", tag: "Organizations",
                      summary: "Remove a member; the last owner stays (owners)", docs: OrgDocs.removeMember) { _, context in
                let organization = try context.requireOrganization()
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

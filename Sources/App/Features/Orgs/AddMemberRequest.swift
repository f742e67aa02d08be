import Storage

/// `POST /api/orgs/{slug}/members` body `{user_id, role="student", run_group?}`.
struct AddMemberRequest {
    let userID: String
    let role: OrgRole
    let runGroup: String?

    init(_ body: JSONBody) throws {
        userID = try body.requiredString("user_id")
        role = try MemberRoleInput.parse(try body.optionalString("role"))
        runGroup = try body.optionalString("run_group")
    }
}

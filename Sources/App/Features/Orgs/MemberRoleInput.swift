import Storage

/// The `role` of an add-member request: `owner`, `instructor` or `student`, with `member` accepted for `student`
/// (the public reference's name, platform.md §11.1). Anything else is a 422.
enum MemberRoleInput {
    static func parse(_ raw: String?) throws -> OrgRole {
        guard let raw else { return .student }
        if raw == "member" { return .student }
        guard let role = OrgRole(rawValue: raw) else {
            throw AppError.validation([ValidationIssue(type: "enum", loc: ["body", "role"],
                                                       msg: "Input should be 'owner', 'instructor' or 'student'", input: raw)])
        }
        return role
    }

    /// Roles that only owners may grant (asked through `PolicyGate` as `org.member.grant_staff`).
    static func isStaff(_ role: OrgRole) -> Bool { role != .student }
}

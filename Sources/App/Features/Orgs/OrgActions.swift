/// Names of the organization actions a handler asks the engine about directly.
enum OrgActions {
    /// Granting `owner` or `instructor` while adding a member.
    static let grantStaff = "org.member.grant_staff"
}

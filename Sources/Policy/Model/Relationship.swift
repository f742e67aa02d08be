/// A relationship of a user that some predicates read and that costs a query to load. The tenancy stage loads one
/// only when a decision needs it (`PolicyEngine.relationshipsNeeded`).
public enum Relationship: String, Sendable, CaseIterable, Hashable {
    /// The caller's role in each organization (`org_role`).
    case orgRoles = "org_roles"
    /// The students the caller instructs through an active link (`instructs_owner`, `instructs_student`).
    case activeStudents = "active_students"
}

import Policy
import Storage

/// The students the caller actively instructs, for the `instructs_owner` and `instructs_student` predicates. Read
/// for every decision that needs it, so removing a link takes effect at once.
struct ActiveStudentsProvider: RelationshipProvider {
    let store: any InstructorStore
    var relationship: Relationship { .activeStudents }

    func load(into principal: inout Principal, userID: String) async throws {
        principal.activeStudentIDs = try await store.activeStudentIDs(OwnerScope(userID: userID))
    }
}

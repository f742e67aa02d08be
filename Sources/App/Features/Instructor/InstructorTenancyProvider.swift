import Storage

/// Loads the students the caller actively instructs, for the policy engine's `instructs_owner` and
/// `instructs_student` predicates. Loaded on every request, so removing a link takes effect at once.
struct InstructorTenancyProvider: TenancyFactsProvider {
    let store: any InstructorStore

    func facts(for user: UserAccount) async throws -> TenancyFacts {
        TenancyFacts(activeStudentIDs: try await store.activeStudentIDs(OwnerScope(userID: user.id)))
    }
}

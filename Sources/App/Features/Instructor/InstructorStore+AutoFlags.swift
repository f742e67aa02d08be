import Storage

extension InstructorStore {
    /// Adds the flags `rules` give for a session whose owner has at least one active instructor (nobody else reads
    /// them); the store de-duplicates per session and type, so repeating an evaluation adds nothing.
    func addAutoFlags(for record: SessionRecord,
                      _ rules: (StudentScope) async throws -> [NewStudentFlag]) async throws {
        guard let owner = record.ownerID else { return }
        let student = StudentScope(studentID: owner)
        guard try await hasActiveInstructor(student) else { return }
        for flag in try await rules(student) {
            _ = try await addAutoFlag(flag, student)
        }
    }
}

import Storage

/// Runs the auto-flag rules after each upload of a session whose owner has at least one active instructor;
/// flags are de-duplicated per session and type by the store, so re-uploads add nothing.
struct AutoFlagObserver: SessionStoredObserver {
    let store: any InstructorStore

    func sessionStored(_ stored: StoredSession) async throws {
        let record = stored.record
        guard let owner = record.ownerID else { return }
        let student = StudentScope(studentID: owner)
        guard try await store.hasActiveInstructor(student) else { return }
        let previous = try await store.previousBestLap(trackName: record.trackName, before: record, student)
        for flag in AutoFlagRules.flags(for: record, previousBest: previous) {
            _ = try await store.addAutoFlag(flag, student)
        }
    }
}

import Storage

/// Runs the upload-time auto-flag rules after each upload of a session whose owner has an active instructor.
struct AutoFlagObserver: SessionStoredObserver {
    let store: any InstructorStore

    func sessionStored(_ stored: StoredSession) async throws {
        let record = stored.record
        try await store.addAutoFlags(for: record) { student in
            AutoFlagRules.flags(for: record, previousBest: try await store.previousBestLap(trackName: record.trackName,
                                                                                          before: record, student))
        }
    }
}

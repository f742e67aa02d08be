import Storage

/// The session's inputs changed (lap tags, equipment, track condition): its written reports are stale and rewritten on
/// the owner's next read.
struct StaleReportsObserver: SessionInputsChangedObserver {
    let store: any CoachingReportStore

    func inputsChanged(sessionID: String) async throws {
        try await store.markStale(sessionID: sessionID)
    }
}

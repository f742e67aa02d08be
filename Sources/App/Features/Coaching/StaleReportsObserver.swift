import Storage

/// Lap tags changed which laps count: the session's written reports are stale and rewritten on the owner's next read.
struct StaleReportsObserver: LapTagsChangedObserver {
    let store: any CoachingReportStore

    func lapTagsChanged(_ record: SessionRecord) async throws {
        try await store.markStale(sessionID: record.sessionID)
    }
}

import Foundation
import Storage
import TelemetryCore

/// After each signed-in upload: writes the best lap's corner records and recomputes the kings of that track
/// (platform.md §7.1 "New"), from the analysis the upload built. Duplicates of an already stored upload change nothing.
struct CornerRecordObserver: SessionStoredObserver, SessionRemovedObserver {
    let leaderboards: any LeaderboardStore
    let clock: @Sendable () -> Date

    func sessionStored(_ stored: StoredSession) async throws {
        guard let analysis = stored.analysis, let owner = stored.record.ownerID else { return }
        try await leaderboards.replaceRecords(CornerRecords.records(analysis), of: stored.record, OwnerScope(userID: owner), now: clock())
    }

    /// Deleted sessions took their records with them; the kings of their tracks are recomputed from what is left.
    func sessionsRemoved(_ records: [SessionRecord]) async throws {
        for track in Set(records.map(\.trackName)).sorted() {
            try await leaderboards.recomputeKings(track: track, now: clock())
        }
    }
}

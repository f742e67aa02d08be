import Foundation
import Storage
import TelemetryCore

/// After each signed-in upload: writes the best lap's corner records and recomputes the kings of that track
/// (platform.md §7.1 "New"). Duplicates of an already stored upload change nothing.
struct CornerRecordObserver: SessionStoredObserver, SessionRemovedObserver {
    let leaderboards: any LeaderboardStore
    let analysis: AnalysisService
    let clock: @Sendable () -> Date

    func sessionStored(_ record: SessionRecord, duplicate: Bool) async throws {
        guard !duplicate, let owner = record.ownerID else { return }
        let (facade, _) = try await analysis.analysis(record)
        let records = CornerRecords.records(facade)
        try await leaderboards.replaceRecords(records, of: record, OwnerScope(userID: owner), now: clock())
    }

    /// Deleted sessions took their records with them; the kings of their tracks are recomputed from what is left.
    func sessionsRemoved(_ records: [SessionRecord]) async throws {
        for track in Set(records.map(\.trackName)).sorted() {
            try await leaderboards.recomputeKings(track: track, now: clock())
        }
    }
}

import Foundation
import Storage
import TelemetryCore

/// One uploaded file parsed and analysed, ready to store: the row (with the list-summary numbers of analysis.md
/// §9.1 and its snapshot), the file as uploaded (`StoredFileCompactor` compresses it after the upload), and the one `SessionAnalysis` that the snapshot, the corner records
/// and the auto-flags all read.
struct SessionDraft: Sendable {
    var record: SessionRecord
    var file: StoredFile
    var analysis: SessionAnalysis

    /// The upload `bytes`, already processed into `processed`, for `owner` (nil: a share-link challenger).
    init(processed: ProcessedSession, bytes: [UInt8], filename: String, owner: String?, digest: String, now: Date) {
        let id = SessionID.make()
        let analysis = SessionAnalysis(session: processed, sessionID: id)
        self.analysis = analysis
        let snapshot = processed.snapshot
        let startedAt = processed.channels.timestamp.first.flatMap { $0.isFinite ? Date(timeIntervalSince1970: $0) : nil }
        record = SessionRecord(
            sessionID: id, ownerID: owner, trackName: processed.metadata.trackName,
            sessionDate: processed.metadata.sessionDate, sessionStartedAt: startedAt, filename: filename,
            contentSHA256: digest, nLaps: snapshot.nLaps, nCleanLaps: snapshot.nCleanLaps,
            bestLapTimeS: Numerics.finite(snapshot.bestLapTimeS), top3AvgTimeS: Numerics.finite(snapshot.top3AvgTimeS),
            avgLapTimeS: Numerics.finite(snapshot.avgLapTimeS), consistencyScore: Numerics.finite(snapshot.consistencyScore),
            snapshotJSON: SnapshotDocument(processed: processed, extras: analysis.snapshotExtras()).json,
            createdAt: now)
        file = StoredFile(filename: filename, encoding: .identity, originalSize: bytes.count, content: bytes)
    }
}

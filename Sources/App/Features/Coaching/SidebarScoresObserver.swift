import Coaching
import Storage
import TelemetryCore

/// After a report: the session's sidebar scores (platform.md §2.5) are recomputed with the report's corner grades
/// (technique) and kept in the session's snapshot, so the list needs no telemetry.
struct SidebarScoresObserver: CoachingReportObserver {
    let sessions: any SessionStore

    func reportReady(_ report: CoachingReport, of record: SessionRecord, analysis: SessionAnalysis) async throws {
        guard var snapshot = SnapshotDocument.decode(record.snapshotJSON) else { return }
        let grades = report.corner_grades.map(SessionScore.CornerGrades.init)
        let scores = SnapshotDocument.Scores(analysis.sessionScore(grades: grades))
        guard scores != snapshot.scores else { return }
        snapshot.scores = scores
        guard let json = snapshot.json else { return }
        try await sessions.updateSnapshot(sessionID: record.sessionID, json: json)
    }
}

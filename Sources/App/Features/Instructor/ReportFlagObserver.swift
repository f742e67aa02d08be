import Coaching
import Storage
import TelemetryCore

/// Runs the praise and safety rules when a report of a session whose owner has an active instructor is written.
struct ReportFlagObserver: CoachingReportObserver {
    let store: any InstructorStore

    func reportReady(_ report: CoachingReport, of record: SessionRecord, analysis: SessionAnalysis) async throws {
        try await store.addAutoFlags(for: record) { _ in ReportFlagRules.flags(for: report, sessionID: record.sessionID) }
    }
}

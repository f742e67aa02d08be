import Coaching
import Storage
import TelemetryCore

/// Something that reacts when a session's coaching report is written (sidebar scores, the praise and safety
/// auto-flags, achievements). Failures are logged and never undo the report.
protocol CoachingReportObserver: Sendable {
    func reportReady(_ report: CoachingReport, of record: SessionRecord, analysis: SessionAnalysis) async throws
}

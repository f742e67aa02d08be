import Coaching
import Storage
import TelemetryCore

/// Runs the praise and safety rules when a report of a session whose owner has an active instructor is written;
/// the store de-duplicates per session and type.
struct ReportFlagObserver: CoachingReportObserver {
    let store: any InstructorStore

    func reportReady(_ report: CoachingReport, of record: SessionRecord, analysis: SessionAnalysis) async throws {
        guard let owner = record.ownerID else { return }
        let student = StudentScope(studentID: owner)
        guard try await store.hasActiveInstructor(student) else { return }
        for flag in ReportFlagRules.flags(for: report, sessionID: record.sessionID) {
            _ = try await store.addAutoFlag(flag, student)
        }
    }
}

import Coaching
import Storage
import TelemetryCore

/// When a session's report is written, its owner's grade badges are evaluated on that report (platform.md §8.2
/// "New"; weak point 20: the original only checked at upload, before the report existed).
struct AchievementReportObserver: CoachingReportObserver {
    let achievements: AchievementService

    func reportReady(_ report: CoachingReport, of record: SessionRecord, analysis: SessionAnalysis) async throws {
        guard let owner = record.ownerID else { return }
        try await achievements.check(userID: owner, sessionID: record.sessionID, grades: report.corner_grades)
    }
}

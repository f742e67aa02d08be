import Coaching
import Foundation
import Storage

extension StoredCoachingReport {
    /// The written report, or nil while none is written or when its JSON is not a report.
    var report: CoachingReport? {
        reportJSON.flatMap { try? JSONCoding.decoder.decode(CoachingReport.self, from: Data($0.utf8)) }
    }
}

extension CoachingReportStore {
    /// The session's most recently stored ready report of any level (PDF, chat, grade badges), decoded.
    func latestReadyReport(sessionID: String) async throws -> CoachingReport? {
        try await latestReady(sessionID: sessionID)?.report
    }
}

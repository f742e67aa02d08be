import Coaching
import CoachingPDF
import Foundation
import Storage

extension CoachingService {
    /// `GET …/report/pdf`: the most recently stored ready report of any level as a PDF (platform.md §3.4), with the
    /// track name and date the server stores for the session.
    func pdf(_ record: SessionRecord) async throws -> CoachingReportDownload {
        guard let report = try await store.latestReadyReport(sessionID: record.sessionID) else {
            throw CoachingError.noReadyReport
        }
        let analysis = try await sessions.analysis(record)
        let bytes = CoachingReportPDF.render(report: report, analysis: analysis, trackName: record.trackName,
                                             sessionDate: record.sessionDate)
        return CoachingReportDownload(sessionID: record.sessionID, bytes: bytes)
    }
}

import Coaching
import PDF
import TelemetryCore

/// The coaching report as a PDF (platform.md §3.4, `GET /api/coaching/{id}/report/pdf`), with two figures the
/// original never drew: the best lap's GPS trace coloured by speed with the corner numbers at their apexes, and speed
/// against distance for the best lap and the optimal profile with the corners marked. A4 portrait, Helvetica, every
/// text transliterated to Latin-1.
public enum CoachingReportPDF {
    /// The PDF of `report` for the session described by `session`.
    public static func render(report: CoachingReport, session: CoachingPDFSession) -> [UInt8] {
        var composer = CoachingReportComposer(report: report, session: session)
        return composer.compose().bytes()
    }

    /// The PDF of `report` for an analysed session: the session facts from `analysis` (best lap, optimal profile,
    /// corners), the report's corners kept to the session's (§3.1), the track name and date as the server stores them
    /// (the CSV's metadata when `nil`).
    public static func render(report: CoachingReport, analysis: SessionAnalysis, trackName: String? = nil,
                              sessionDate: String? = nil) -> [UInt8] {
        let session = CoachingPDFSession(analysis: analysis, trackName: trackName, sessionDate: sessionDate)
        return render(report: report.keepingCorners(upTo: session.corners.count), session: session)
    }
}

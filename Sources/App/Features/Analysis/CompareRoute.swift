import Foundation
import Hummingbird
import Coaching
import Storage
import TelemetryCore

/// `GET /api/sessions/{session_id}/compare/{other_id}`: both sessions must be readable by the caller.
enum CompareRoute {
    /// The second session is authorized by the engine through this gate action.
    static let readOther = "session.compare_with"

    static func route(sessions: SessionService, reports: any CoachingReportStore, located session: ResourceLocator<SessionRecord>,
                      gate: PolicyGate) -> RouteSpec {
        RouteSpec(.get, "/api/sessions/{session_id}/compare/{other_id}", on: session, tag: "Analysis",
                  summary: "Compare the caller's two sessions of the same track", docs: AnalysisDocs.compare) { _, context, first in
            let other = try await gate.authorized(readOther, session, id: context.parameters.get("other_id") ?? "", context)
            let a = try await sessions.analysis(first)
            let b = try await sessions.analysis(other)
            let gradesA = try await grades(of: first, reports), gradesB = try await grades(of: other, reports)
            return try JSONCoding.response(try SessionComparison.compare(a: .init(analysis: a, grades: gradesA),
                                                                         b: .init(analysis: b, grades: gradesB)))
        }
    }

    /// The corner grades of the session's latest ready coaching report (`skill_dimensions` needs both sides'); nil without one.
    static func grades(of session: SessionRecord, _ reports: any CoachingReportStore) async throws -> [SessionScore.CornerGrades]? {
        try await reports.latestReadyReport(sessionID: session.sessionID)?.corner_grades.map(SessionScore.CornerGrades.init)
    }
}

import Foundation
import Hummingbird
import Policy
import Storage
import TelemetryCore

/// `GET /api/sessions/{session_id}/compare/{other_id}`: both sessions must be readable by the caller.
enum CompareRoute {
    /// The second session is authorized by the engine through this gate action.
    static let readOther = "session.compare_with"

    static func route(analysis: AnalysisService, sessions: GatedSessions) -> RouteSpec {
        RouteSpec(.get, "/api/sessions/{session_id}/compare/{other_id}", tag: "Analysis",
                  summary: "Compare the caller's two sessions of the same track", docs: AnalysisDocs.compare) { _, context in
            let first = try context.requireSession()
            let otherID = context.parameters.get("other_id") ?? ""
            let other: SessionRecord
            do { other = try await sessions.authorized(otherID, for: readOther, principal: context.principal) } catch AppError.forbidden {
                throw AppError.notFound("Session \(otherID) not found")
            }
            let (a, _) = try await analysis.analysis(first)
            let (b, _) = try await analysis.analysis(other)
            return try JSONCoding.response(try SessionComparison.compare(a: .init(analysis: a), b: .init(analysis: b)))
        }
    }
}

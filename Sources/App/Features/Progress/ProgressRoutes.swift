import Foundation
import Hummingbird
import Storage

/// The improvement leaderboard (client-extras.md §3): public like the corner boards (kind `leaderboard`), naming
/// only drivers who opted in; the caller's own row is shown to them and found by user id.
enum ProgressRoutes {
    static func routes(store: any ProgressStore, clock: @escaping @Sendable () -> Date) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/progress/{track}/improvement", on: .leaderboard, tag: "Leaderboards",
                      summary: "Drivers whose best lap came down fastest over the period (days 7-365, min_sessions 2-10)",
                      docs: ProgressDocs.improvement) { request, context, board in
                let days = try context.intQuery(request, "days", min: 7, max: 365) ?? 90
                let minSessions = try context.intQuery(request, "min_sessions", min: 2, max: 10) ?? 3
                let viewer = context.user?.id
                let since = clock().addingTimeInterval(-Double(days) * 86_400)
                let sessions = try await store.improvementSessions(track: board.name, since: since, viewerID: viewer)
                return try JSONCoding.response(ImprovementBoard.rank(sessions, track: board.name, minSessions: minSessions,
                                                                     viewerID: viewer))
            },
        ]
    }
}

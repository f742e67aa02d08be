import Foundation

/// `ProgressStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLProgressStore: ProgressStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    public func improvementSessions(track: String, since: Date, viewerID: String?) async throws -> [ImprovementSession] {
        try await database.query(
            """
            SELECT s.user_id, u.name AS user_name, s.track_name, s.best_lap_time_s, s.session_started_at, s.created_at
            FROM sessions s JOIN users u ON u.id = s.user_id
            WHERE lower(trim(s.track_name)) = lower(trim($1)) AND s.session_started_at >= $2
              AND s.best_lap_time_s IS NOT NULL AND s.is_anonymous = $3 AND s.user_id <> $4
              AND (u.leaderboard_opt_in = $5 OR s.user_id = $6)
            ORDER BY s.session_started_at, s.created_at, s.session_id
            """, [.text(track), .date(since), .bool(false), .text(DemoUser.id), .bool(true), .text(viewerID ?? "")]
        ).map { row in
            ImprovementSession(userID: try row.string("user_id"), userName: SQLLeaderboardStore.displayName(try row.string("user_name")),
                               trackName: try row.string("track_name"), bestLapS: try row.double("best_lap_time_s"),
                               drivenAt: try row.date("session_started_at"), createdAt: try row.date("created_at"))
        }
    }
}

import Foundation
import TelemetryCore

/// `LeaderboardStore` on any `SQLDatabase`. Only users with `leaderboard_opt_in` are ever read into a board or a king.
public struct SQLLeaderboardStore: LeaderboardStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    public func replaceRecords(_ records: [CornerRecord], of session: SessionRecord, _ owner: OwnerScope,
                               now: Date) async throws {
        try await database.transaction { db in
            guard try await db.first("SELECT session_id FROM sessions WHERE session_id = $1 AND user_id = $2",
                                     [.text(session.sessionID), .text(owner.userID)]) != nil else { throw StorageError.notFound }
            try await db.execute("DELETE FROM corner_records WHERE session_id = $1", [.text(session.sessionID)])
            for record in records {
                try await db.execute(
                    """
                    INSERT INTO corner_records (id, user_id, session_id, track_name, corner_number, lap_number, sector_time_s,
                                                min_speed_mps, brake_point_m, consistency_cv, created_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                    """,
                    [.text(UUID().uuidString.lowercased()), .text(owner.userID), .text(session.sessionID), .text(session.trackName),
                     .int(Int64(record.cornerNumber)), .int(Int64(record.lapNumber)), .double(record.sectorTimeS),
                     .double(record.minSpeedMps), SQLValue(record.brakePointM), SQLValue(record.consistencyCV), .date(now)])
            }
            try await Self.recomputeKings(track: session.trackName, now: now, db)
        }
    }

    public func setOptIn(_ optIn: Bool, _ scope: OwnerScope, now: Date) async throws {
        try await database.transaction { db in
            try await db.execute("UPDATE users SET leaderboard_opt_in = $2, updated_at = $3 WHERE id = $1",
                                 [.text(scope.userID), .bool(optIn), .date(now)])
            let tracks = try await db.query("SELECT DISTINCT track_name FROM corner_records WHERE user_id = $1 ORDER BY track_name",
                                            [.text(scope.userID)])
            for row in tracks { try await Self.recomputeKings(track: try row.string("track_name"), now: now, db) }
        }
    }

    public func isOptedIn(_ scope: OwnerScope) async throws -> Bool {
        try await database.first("SELECT leaderboard_opt_in FROM users WHERE id = $1", [.text(scope.userID)])?
            .bool("leaderboard_opt_in") ?? false
    }

    public func recomputeKings(track: String, now: Date) async throws {
        try await database.transaction { db in try await Self.recomputeKings(track: track, now: now, db) }
    }

    /// For each corner of the track: the opted-in record with the lowest sector time (the earliest on a tie).
    static func recomputeKings(track: String, now: Date, _ db: any SQLExecutor) async throws {
        try await db.execute("DELETE FROM corner_kings WHERE track_name = $1", [.text(track)])
        try await db.execute(
            """
            INSERT INTO corner_kings (track_name, corner_number, user_id, session_id, best_time_s, updated_at)
            SELECT track_name, corner_number, user_id, session_id, sector_time_s, $2 FROM (
                SELECT r.track_name, r.corner_number, r.user_id, r.session_id, r.sector_time_s,
                       ROW_NUMBER() OVER (PARTITION BY r.corner_number ORDER BY r.sector_time_s, r.created_at, r.id) AS place
                FROM corner_records r JOIN users u ON u.id = r.user_id
                WHERE r.track_name = $1 AND u.leaderboard_opt_in = $3
            ) ranked WHERE place = 1
            """, [.text(track), .date(now), .bool(true)])
    }

    public func board(track: String, corner: Int, category: LeaderboardCategory, limit: Int) async throws -> [LeaderboardEntry] {
        let metric = "r.\(category.column)"
        let order = category.descending ? "DESC" : "ASC"
        let rows = try await database.query(
            """
            SELECT user_id, user_name, session_id, session_date, session_started_at, sector_time_s, min_speed_mps,
                   brake_point_m, consistency_cv, is_king FROM (
                SELECT r.user_id, u.name AS user_name, r.session_id, s.session_date, s.session_started_at, r.sector_time_s,
                       r.min_speed_mps, r.brake_point_m, r.consistency_cv, r.created_at, r.id,
                       CASE WHEN k.user_id IS NULL THEN 0 ELSE 1 END AS is_king,
                       ROW_NUMBER() OVER (PARTITION BY r.user_id ORDER BY \(metric) \(order), r.created_at, r.id) AS place
                FROM corner_records r
                JOIN users u ON u.id = r.user_id
                JOIN sessions s ON s.session_id = r.session_id
                LEFT JOIN corner_kings k ON k.track_name = r.track_name AND k.corner_number = r.corner_number
                                         AND k.user_id = r.user_id
                WHERE r.track_name = $1 AND r.corner_number = $2 AND u.leaderboard_opt_in = $3 AND \(metric) IS NOT NULL
            ) best WHERE place = 1
            ORDER BY \(category.column) \(order), created_at, id
            LIMIT $4
            """, [.text(track), .int(Int64(corner)), .bool(true), .int(Int64(limit))])
        return try rows.enumerated().map { index, row in
            LeaderboardEntry(
                rank: index + 1, userID: try row.string("user_id"), userName: Self.displayName(try row.string("user_name")),
                sessionID: try row.string("session_id"), sessionDate: try row.string("session_date"),
                sessionStartedAt: try row.optionalDate("session_started_at"), sectorTimeS: try row.double("sector_time_s"),
                minSpeedMps: try row.double("min_speed_mps"), brakePointM: try row.optionalDouble("brake_point_m"),
                consistencyCV: try row.optionalDouble("consistency_cv"), isKing: try row.int("is_king") == 1)
        }
    }

    public func kings(track: String) async throws -> [CornerKing] {
        try await database.query(
            """
            SELECT k.corner_number, k.user_id, u.name AS user_name, k.best_time_s
            FROM corner_kings k JOIN users u ON u.id = k.user_id
            WHERE k.track_name = $1 AND u.leaderboard_opt_in = $2 ORDER BY k.corner_number
            """, [.text(track), .bool(true)]).map { row in
            CornerKing(cornerNumber: Int(try row.int("corner_number")), userID: try row.string("user_id"),
                       userName: Self.displayName(try row.string("user_name")), bestTimeS: try row.double("best_time_s"))
        }
    }

    /// Boards show names only; a user without one appears as `A driver` (never by email).
    static func displayName(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "A driver" : trimmed
    }
}

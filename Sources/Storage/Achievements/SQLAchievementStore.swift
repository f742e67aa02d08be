import Foundation

/// `AchievementStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLAchievementStore: AchievementStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    public func definitions() async throws -> [AchievementDefinition] {
        try await database.query(
            """
            SELECT id, name, description, criteria_type, criteria_value, tier, icon, category
            FROM achievement_definitions ORDER BY position
            """, []).map { row in
            AchievementDefinition(id: try row.string("id"), name: try row.string("name"), description: try row.string("description"),
                                  criteriaType: try row.string("criteria_type"), criteriaValue: try row.double("criteria_value"),
                                  tier: try row.string("tier"), icon: try row.string("icon"), category: try row.string("category"))
        }
    }

    public func unlocks(userID: String) async throws -> [AchievementUnlock] {
        try await database.query(
            "SELECT achievement_id, session_id, unlocked_at, is_new FROM user_achievements WHERE user_id = $1",
            [.text(userID)]).map { row in
            AchievementUnlock(achievementID: try row.string("achievement_id"), sessionID: try row.optionalString("session_id"),
                              unlockedAt: try row.date("unlocked_at"), isNew: try row.int("is_new") == 1)
        }
    }

    public func progress(userID: String) async throws -> AchievementProgress {
        let row = try await database.first(
            """
            SELECT COUNT(*) AS sessions, COALESCE(SUM(n_laps), 0) AS laps, MAX(consistency_score) AS best,
                   COUNT(DISTINCT track_name) AS tracks
            FROM sessions WHERE user_id = $1
            """, [.text(userID)])
        return AchievementProgress(sessionCount: Int(try row?.int("sessions") ?? 0), totalLaps: Int(try row?.int("laps") ?? 0),
                                   bestConsistencyScore: try row?.optionalDouble("best"),
                                   trackCount: Int(try row?.int("tracks") ?? 0))
    }

    public func unlock(_ achievementIDs: [String], userID: String, sessionID: String?, now: Date) async throws -> [String] {
        guard !achievementIDs.isEmpty else { return [] }
        return try await database.transaction { db in
            var inserted: [String] = []
            for id in achievementIDs {
                let rows = try await db.query(
                    """
                    INSERT INTO user_achievements (user_id, achievement_id, session_id, unlocked_at, is_new)
                    VALUES ($1, $2, $3, $4, 1)
                    ON CONFLICT (user_id, achievement_id) DO NOTHING
                    RETURNING achievement_id
                    """, [.text(userID), .text(id), SQLValue(sessionID), .date(now)])
                if !rows.isEmpty { inserted.append(id) }
            }
            return inserted
        }
    }

    public func acknowledge(userID: String) async throws -> Int {
        try await database.query(
            "UPDATE user_achievements SET is_new = 0 WHERE user_id = $1 AND is_new = 1 RETURNING achievement_id",
            [.text(userID)]).count
    }
}

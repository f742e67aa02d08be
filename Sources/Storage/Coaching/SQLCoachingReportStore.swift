import Foundation

/// `CoachingReportStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLCoachingReportStore: CoachingReportStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    static let columns = "session_id, skill_level, status, started_at, generated_by, report_json, stale, created_at, updated_at"

    public func report(sessionID: String, skillLevel: String) async throws -> StoredCoachingReport? {
        try await database.first("SELECT \(Self.columns) FROM coaching_reports WHERE session_id = $1 AND skill_level = $2",
                                 [.text(sessionID), .text(skillLevel)]).map(Self.row)
    }

    public func latestReady(sessionID: String) async throws -> StoredCoachingReport? {
        try await database.first(
            """
            SELECT \(Self.columns) FROM coaching_reports WHERE session_id = $1 AND status = 'ready'
            ORDER BY updated_at DESC, skill_level LIMIT 1
            """, [.text(sessionID)]).map(Self.row)
    }

    public func latestReady(ownerID: String) async throws -> [StoredCoachingReport] {
        let rows = try await database.query(
            """
            SELECT \(SQLColumns.qualified(Self.columns, "r"))
            FROM coaching_reports r JOIN sessions s ON s.session_id = r.session_id
            WHERE s.user_id = $1 AND r.status = 'ready' ORDER BY r.session_id, r.updated_at DESC, r.skill_level
            """, [.text(ownerID)]).map(Self.row)
        var seen: Set<String> = []
        return rows.filter { seen.insert($0.sessionID).inserted }
    }

    public func queue(sessionID: String, skillLevel: String, _ queueing: CoachingQueueing, now: Date) async throws -> StoredCoachingReport {
        let conflict: String
        switch queueing {
        case .ifAbsent: conflict = "DO NOTHING"
        case .unlessGenerating:
            conflict = """
                DO UPDATE SET status = 'generating', started_at = excluded.started_at, claimed_by = NULL, claimed_at = NULL,
                generated_by = NULL, report_json = NULL, stale = excluded.stale, updated_at = excluded.updated_at
                WHERE coaching_reports.status <> 'generating'
                """
        }
        return try await database.transaction { db in
            try await db.execute(
                """
                INSERT INTO coaching_reports (session_id, skill_level, status, started_at, stale, created_at, updated_at)
                VALUES ($1, $2, 'generating', $3, $4, $3, $3)
                ON CONFLICT (session_id, skill_level) \(conflict)
                """, [.text(sessionID), .text(skillLevel), .date(now), .bool(false)])
            guard let row = try await db.first("SELECT \(Self.columns) FROM coaching_reports WHERE session_id = $1 AND skill_level = $2",
                                               [.text(sessionID), .text(skillLevel)]) else { throw StorageError.notFound }
            return try Self.row(row)
        }
    }

    public func claim(limit: Int, worker: String, now: Date, leaseCutoff: Date) async throws -> [CoachingJob] {
        guard limit > 0 else { return [] }
        let candidates = try await database.query(
            """
            SELECT session_id, skill_level FROM coaching_reports
            WHERE status = 'generating' AND (claimed_by IS NULL OR claimed_at < $1)
            ORDER BY started_at, session_id, skill_level LIMIT $2
            """, [.date(leaseCutoff), .int(Int64(limit))])
        var claimed: [CoachingJob] = []
        for candidate in candidates {
            let job = CoachingJob(sessionID: try candidate.string("session_id"), skillLevel: try candidate.string("skill_level"))
            // the WHERE is checked again on the row itself, so of two workers racing for it only one sees a row back
            let taken = try await database.query(
                """
                UPDATE coaching_reports SET claimed_by = $1, claimed_at = $2
                WHERE session_id = $3 AND skill_level = $4 AND status = 'generating' AND (claimed_by IS NULL OR claimed_at < $5)
                RETURNING session_id
                """, [.text(worker), .date(now), .text(job.sessionID), .text(job.skillLevel), .date(leaseCutoff)])
            if !taken.isEmpty { claimed.append(job) }
        }
        return claimed
    }

    public func pendingCount() async throws -> Int {
        Int(try await database.first("SELECT COUNT(*) AS n FROM coaching_reports WHERE status = 'generating'")?.int("n") ?? 0)
    }

    public func finish(_ job: CoachingJob, worker: String, status: CoachingReportStatus, generatedBy: String?, reportJSON: String?,
                       now: Date) async throws -> Bool {
        !(try await database.query(
            """
            UPDATE coaching_reports SET status = $1, generated_by = $2, report_json = $3, claimed_by = NULL, claimed_at = NULL,
                   stale = $4, updated_at = $5
            WHERE session_id = $6 AND skill_level = $7 AND status = 'generating' AND claimed_by = $8
            RETURNING session_id
            """, [.text(status.rawValue), SQLValue(generatedBy), SQLValue(reportJSON), .bool(false), .date(now),
                  .text(job.sessionID), .text(job.skillLevel), .text(worker)]).isEmpty)
    }

    public func insertReady(_ job: CoachingJob, generatedBy: String, reportJSON: String, now: Date) async throws -> Bool {
        !(try await database.query(
            """
            INSERT INTO coaching_reports (session_id, skill_level, status, started_at, generated_by, report_json, stale,
                                          created_at, updated_at)
            VALUES ($1, $2, 'ready', NULL, $3, $4, $5, $6, $6)
            ON CONFLICT (session_id, skill_level) DO NOTHING
            RETURNING session_id
            """, [.text(job.sessionID), .text(job.skillLevel), .text(generatedBy), .text(reportJSON), .bool(false), .date(now)]).isEmpty)
    }

    public func delete(sessionID: String, skillLevel: String) async throws -> Bool {
        !(try await database.query("DELETE FROM coaching_reports WHERE session_id = $1 AND skill_level = $2 RETURNING session_id",
                                   [.text(sessionID), .text(skillLevel)]).isEmpty)
    }

    public func markStale(sessionID: String) async throws {
        try await database.execute("UPDATE coaching_reports SET stale = $1 WHERE session_id = $2 AND status <> 'generating'",
                                   [.bool(true), .text(sessionID)])
    }

    public func regenerationsUsed(userID: String, utcDay: String) async throws -> Int {
        Int(try await database.first("SELECT used FROM coaching_regenerations WHERE user_id = $1 AND utc_day = $2",
                                     [.text(userID), .text(utcDay)])?.int("used") ?? 0)
    }

    public func useRegeneration(userID: String, utcDay: String, limit: Int) async throws -> Bool {
        try await database.transaction { db in
            try await db.execute(
                """
                INSERT INTO coaching_regenerations (user_id, utc_day, used) VALUES ($1, $2, 0)
                ON CONFLICT (user_id, utc_day) DO NOTHING
                """, [.text(userID), .text(utcDay)])
            return !(try await db.query(
                """
                UPDATE coaching_regenerations SET used = used + 1
                WHERE user_id = $1 AND utc_day = $2 AND used < $3 RETURNING used
                """, [.text(userID), .text(utcDay), .int(Int64(limit))]).isEmpty)
        }
    }

    static func row(_ row: SQLRow) throws -> StoredCoachingReport {
        guard let status = CoachingReportStatus(rawValue: try row.string("status")) else {
            throw StorageError.decoding(column: "status", expected: "generating, ready or error")
        }
        return StoredCoachingReport(
            sessionID: try row.string("session_id"), skillLevel: try row.string("skill_level"), status: status,
            startedAt: try row.optionalDate("started_at"), generatedBy: try row.optionalString("generated_by"),
            reportJSON: try row.optionalString("report_json"), stale: try row.bool("stale"),
            createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
    }
}

import Foundation

/// `SessionStore` on any `SQLDatabase`.
public struct SQLSessionStore: SessionStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    static let columns = """
        session_id, user_id, track_name, session_date, session_started_at, filename, content_sha256, n_laps, n_clean_laps,
        best_lap_time_s, top3_avg_time_s, avg_lap_time_s, consistency_score, snapshot_json, created_at,
        expires_at
        """

    /// `columns`, each prefixed with a table alias (for joins).
    static func qualifiedColumns(_ alias: String) -> String {
        SQLColumns.qualified(columns, alias)
    }

    public func insert(_ session: SessionRecord, file: StoredFile) async throws -> SessionInsertOutcome {
        do {
            try await database.transaction { db in try await Self.insertRows(session, file: file, db) }
        } catch StorageError.uniqueViolation {
            if let existing = try await duplicate(of: session) { return .duplicate(existing) }
            throw StorageError.uniqueViolation(constraint: "sessions")
        }
        return .created(session)
    }

    /// Writes a session row and its file with the given executor (the caller owns the transaction).
    static func insertRows(_ session: SessionRecord, file: StoredFile, _ db: any SQLExecutor) async throws {
        try await db.execute(
            """
            INSERT INTO sessions (\(Self.columns), is_anonymous)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
            """,
            [.text(session.sessionID), SQLValue(session.ownerID), .text(session.trackName), .text(session.sessionDate),
             SQLValue(session.sessionStartedAt), .text(session.filename), .text(session.contentSHA256),
             SQLValue(session.nLaps), SQLValue(session.nCleanLaps), SQLValue(session.bestLapTimeS),
             SQLValue(session.top3AvgTimeS), SQLValue(session.avgLapTimeS), SQLValue(session.consistencyScore),
             SQLValue(session.snapshotJSON), .date(session.createdAt), SQLValue(session.expiresAt), .bool(session.ownerID == nil)])
        try await db.execute(
            """
            INSERT INTO session_files (session_id, filename, encoding, original_size, content, created_at)
            VALUES ($1, $2, $3, $4, $5, $6)
            """,
            [.text(session.sessionID), .text(file.filename), .text(file.encoding.rawValue),
             .int(Int64(file.originalSize)), .blob(file.content), .date(session.createdAt)])
    }

    public func purgeExpired(now: Date) async throws -> [String] {
        try await database.transaction { db in
            try await db.query("DELETE FROM sessions WHERE expires_at IS NOT NULL AND expires_at <= $1 RETURNING session_id",
                               [.date(now)]).map { try $0.string("session_id") }
        }
    }

    private func duplicate(of session: SessionRecord) async throws -> SessionRecord? {
        guard let owner = session.ownerID else { return nil }
        return try await existing(contentSHA256: session.contentSHA256, OwnerScope(userID: owner))
    }

    public func existing(contentSHA256: String, _ scope: OwnerScope) async throws -> SessionRecord? {
        try await database.first(
            "SELECT \(Self.columns) FROM sessions WHERE user_id = $1 AND content_sha256 = $2",
            [.text(scope.userID), .text(contentSHA256)]).map(Self.record)
    }

    public func updateSnapshot(sessionID: String, json: String) async throws {
        try await database.execute("UPDATE sessions SET snapshot_json = $1 WHERE session_id = $2", [.text(json), .text(sessionID)])
    }

    public func locate(id: String) async throws -> SessionRecord? {
        try await database.cachedQuery("SELECT \(Self.columns) FROM sessions WHERE session_id = $1", [.text(id)]).first.map(Self.record)
    }

    public func list(_ scope: OwnerScope) async throws -> [SessionRecord] {
        try await database.query(
            """
            SELECT \(Self.columns) FROM sessions WHERE user_id = $1
            ORDER BY session_started_at IS NULL, session_started_at DESC, created_at DESC, session_id
            """,
            [.text(scope.userID)]).map(Self.record)
    }

    public func uploadedFiles(limit: Int) async throws -> [String] {
        try await database.query(
            "SELECT session_id FROM session_files WHERE encoding = 'identity' ORDER BY created_at, session_id LIMIT $1",
            [.int(Int64(limit))]).map { try $0.string("session_id") }
    }

    public func replaceUploadedFile(sessionID: String, with file: StoredFile) async throws -> Bool {
        !(try await database.query(
            """
            UPDATE session_files SET encoding = $1, original_size = $2, content = $3
            WHERE session_id = $4 AND encoding = 'identity' RETURNING session_id
            """,
            [.text(file.encoding.rawValue), .int(Int64(file.originalSize)), .blob(file.content), .text(sessionID)]).isEmpty)
    }

    public func file(sessionID: String) async throws -> StoredFile? {
        guard let row = try await database.first(
            "SELECT filename, encoding, original_size, content FROM session_files WHERE session_id = $1",
            [.text(sessionID)]) else { return nil }
        return StoredFile(filename: try row.string("filename"),
                          encoding: StoredFile.Encoding(rawValue: try row.string("encoding")) ?? .identity,
                          originalSize: Int(try row.int("original_size")), content: try row.bytes("content"))
    }

    public func delete(id: String, _ scope: OwnerScope) async throws -> Bool {
        try await database.transaction { db in
            let rows = try await db.query("DELETE FROM sessions WHERE session_id = $1 AND user_id = $2 RETURNING session_id",
                                          [.text(id), .text(scope.userID)])
            return !rows.isEmpty
        }
    }

    public func deleteAll(_ scope: OwnerScope) async throws -> Int {
        try await database.transaction { db in
            try await db.query("DELETE FROM sessions WHERE user_id = $1 RETURNING session_id", [.text(scope.userID)]).count
        }
    }

    public func tags(of session: SessionRecord) async throws -> [Int: [String]] {
        var tags: [Int: [String]] = [:]
        for row in try await database.query(
            "SELECT lap_number, tag FROM lap_tags WHERE session_id = $1 ORDER BY lap_number, tag", [.text(session.sessionID)]) {
            tags[Int(try row.int("lap_number")), default: []].append(try row.string("tag"))
        }
        return tags
    }

    public func setTags(_ tags: [String], lap: Int, of session: SessionRecord) async throws {
        try await database.transaction { db in
            try await db.execute("DELETE FROM lap_tags WHERE session_id = $1 AND lap_number = $2",
                                 [.text(session.sessionID), .int(Int64(lap))])
            let now = Date()
            for tag in Set(tags).sorted() {
                try await db.execute("INSERT INTO lap_tags (session_id, lap_number, tag, created_at) VALUES ($1, $2, $3, $4)",
                                     [.text(session.sessionID), .int(Int64(lap)), .text(tag), .date(now)])
            }
        }
    }

    static func record(_ row: SQLRow) throws -> SessionRecord {
        SessionRecord(
            sessionID: try row.string("session_id"), ownerID: try row.optionalString("user_id"),
            trackName: try row.string("track_name"), sessionDate: try row.string("session_date"),
            sessionStartedAt: try row.optionalDate("session_started_at"), filename: try row.string("filename"),
            contentSHA256: try row.string("content_sha256"), nLaps: try row.optionalInt("n_laps").map(Int.init),
            nCleanLaps: try row.optionalInt("n_clean_laps").map(Int.init), bestLapTimeS: try row.optionalDouble("best_lap_time_s"),
            top3AvgTimeS: try row.optionalDouble("top3_avg_time_s"), avgLapTimeS: try row.optionalDouble("avg_lap_time_s"),
            consistencyScore: try row.optionalDouble("consistency_score"), snapshotJSON: try row.optionalString("snapshot_json"),
            createdAt: try row.date("created_at"), expiresAt: try row.optionalDate("expires_at"))
    }
}

import Foundation

/// `ShareStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLShareStore: ShareStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    /// Link columns under names that cannot clash with the joined session's.
    static let linkColumns = """
        l.id AS link_id, l.owner_id AS link_owner_id, l.session_id AS link_session_id, l.track_name AS link_track_name,
        l.created_at AS link_created_at, l.expires_at AS link_expires_at
        """

    public func create(tokenHash: String, session: SessionRecord, _ owner: OwnerScope, now: Date) async throws -> ShareLink {
        let link = ShareLink(id: UUID().uuidString.lowercased(), ownerID: owner.userID, sessionID: session.sessionID,
                             trackName: session.trackName, createdAt: now, expiresAt: now.addingTimeInterval(ShareLink.lifetime))
        try await database.transaction { db in
            try await db.execute(
                """
                INSERT INTO share_links (id, token_hash, owner_id, session_id, track_name, created_at, expires_at)
                SELECT $1, $2, $3, s.session_id, s.track_name, $5, $6 FROM sessions s WHERE s.session_id = $4 AND s.user_id = $3
                """,
                [.text(link.id), .text(tokenHash), .text(owner.userID), .text(session.sessionID), .date(now), .date(link.expiresAt)])
            guard try await db.first("SELECT id FROM share_links WHERE id = $1", [.text(link.id)]) != nil else {
                throw StorageError.notFound
            }
        }
        return link
    }

    public func locate(tokenHash: String) async throws -> SharedSession? {
        try await shared(where: "l.token_hash = $1", [.text(tokenHash)])
    }

    public func owned(id: String, _ owner: OwnerScope) async throws -> SharedSession? {
        try await shared(where: "l.id = $1 AND l.owner_id = $2", [.text(id), .text(owner.userID)])
    }

    private func shared(where condition: String, _ binds: [SQLValue]) async throws -> SharedSession? {
        guard let row = try await database.first(
            """
            SELECT \(Self.linkColumns), l.token_hash AS link_token_hash, u.name AS inviter_name,
                   \(SQLSessionStore.qualifiedColumns("s"))
            FROM share_links l JOIN sessions s ON s.session_id = l.session_id JOIN users u ON u.id = l.owner_id
            WHERE \(condition)
            """, binds) else { return nil }
        let name = try row.optionalString("inviter_name").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        return SharedSession(link: try Self.link(row), session: try SQLSessionStore.record(row), inviterName: name,
                             tokenHash: try row.string("link_token_hash"))
    }

    public func list(_ owner: OwnerScope) async throws -> [ShareLinkSummary] {
        try await database.query(
            """
            SELECT \(Self.linkColumns), (SELECT COUNT(*) FROM share_comparisons c WHERE c.link_id = l.id) AS comparisons
            FROM share_links l WHERE l.owner_id = $1 ORDER BY l.created_at DESC, l.id
            """, [.text(owner.userID)]).map { row in
            ShareLinkSummary(link: try Self.link(row), comparisons: Int(try row.int("comparisons")))
        }
    }

    public func revoke(id: String, _ owner: OwnerScope) async throws -> Bool {
        try await database.transaction { db in
            !(try await db.query("DELETE FROM share_links WHERE id = $1 AND owner_id = $2 RETURNING id",
                                 [.text(id), .text(owner.userID)])).isEmpty
        }
    }

    public func recordChallenge(_ link: ShareLink, challenger: SessionRecord, file: StoredFile, reportJSON: String,
                                now: Date) async throws -> ShareComparison {
        let comparison = ShareComparison(id: UUID().uuidString.lowercased(), linkID: link.id,
                                         challengerSessionID: challenger.sessionID, reportJSON: reportJSON, createdAt: now)
        try await database.transaction { db in
            try await SQLSessionStore.insertRows(challenger, file: file, db)
            try await db.execute(
                """
                INSERT INTO share_comparisons (id, link_id, challenger_session_id, report_json, created_at)
                VALUES ($1, $2, $3, $4, $5)
                """,
                [.text(comparison.id), .text(link.id), .text(challenger.sessionID), .text(reportJSON), .date(now)])
        }
        return comparison
    }

    public func latestComparison(_ link: ShareLink) async throws -> ShareComparison? {
        try await database.first(
            """
            SELECT id, link_id, challenger_session_id, report_json, created_at, ai_comparison_text FROM share_comparisons
            WHERE link_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1
            """, [.text(link.id)]).map { row in
            ShareComparison(id: try row.string("id"), linkID: try row.string("link_id"),
                            challengerSessionID: try row.optionalString("challenger_session_id"),
                            reportJSON: try row.string("report_json"), createdAt: try row.date("created_at"),
                            aiComparisonText: try row.optionalString("ai_comparison_text"))
        }
    }

    public func setAIComparison(_ text: String, comparisonID: String) async throws {
        try await database.execute("UPDATE share_comparisons SET ai_comparison_text = $1 WHERE id = $2",
                                   [.text(text), .text(comparisonID)])
    }

    static func link(_ row: SQLRow) throws -> ShareLink {
        ShareLink(id: try row.string("link_id"), ownerID: try row.string("link_owner_id"),
                  sessionID: try row.string("link_session_id"), trackName: try row.string("link_track_name"),
                  createdAt: try row.date("link_created_at"), expiresAt: try row.date("link_expires_at"))
    }
}

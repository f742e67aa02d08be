import Foundation

/// `ClaimStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLClaimStore: ClaimStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    public func insertAnonymous(_ session: SessionRecord, file: StoredFile, tokenHash: String, clientIP: String) async throws {
        var ownerless = session
        ownerless.ownerID = nil
        let anonymous = ownerless
        try await database.transaction { db in
            try await SQLSessionStore.insertRows(anonymous, file: file, db)
            try await db.execute("UPDATE sessions SET claim_token_hash = $2, client_ip = $3 WHERE session_id = $1",
                                 [.text(session.sessionID), .text(tokenHash), .text(clientIP)])
        }
    }

    public func session(tokenHash: String, now: Date) async throws -> SessionRecord? {
        try await database.first(
            """
            SELECT \(SQLSessionStore.columns) FROM sessions
            WHERE claim_token_hash = $1 AND user_id IS NULL AND is_anonymous = $2 AND expires_at > $3
            """, [.text(tokenHash), .bool(true), .date(now)]).map(SQLSessionStore.record)
    }

    public func claim(sessionID: String, tokenHash: String, ownerID: String, now: Date) async throws -> ClaimOutcome {
        let claimed = try await database.query(
            """
            UPDATE sessions SET user_id = $3, is_anonymous = $4, claim_token_hash = NULL, client_ip = NULL, expires_at = NULL
            WHERE session_id = $1 AND claim_token_hash = $2 AND user_id IS NULL AND is_anonymous = $5 AND expires_at > $6
            RETURNING \(SQLSessionStore.columns)
            """, [.text(sessionID), .text(tokenHash), .text(ownerID), .bool(false), .bool(true), .date(now)])
        if let row = claimed.first { return .claimed(try SQLSessionStore.record(row)) }
        if let existing = try await database.first("SELECT \(SQLSessionStore.columns) FROM sessions WHERE session_id = $1",
                                                   [.text(sessionID)]).map(SQLSessionStore.record),
           existing.ownerID == ownerID {
            return .alreadyYours(existing)
        }
        return .notFound
    }
}

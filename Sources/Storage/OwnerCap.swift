/// A per-user cap on the rows of one table (notes, stickies), checked and kept in one transaction.
struct OwnerCap: Sendable {
    /// The table whose `user_id` rows are counted (a constant of the store, never user input).
    let table: String
    let limit: Int

    /// Runs `insert` when `userID` owns fewer than `limit` rows; false, with nothing written, at the cap.
    ///
    /// On PostgreSQL the user's row is locked first, so two concurrent inserts of one user count one after the other;
    /// SQLite transactions are serialized already (`BEGIN IMMEDIATE`).
    func insert(for userID: String, in database: any SQLDatabase,
                _ insert: @escaping @Sendable (any SQLExecutor) async throws -> Void) async throws -> Bool {
        let (dialect, table, limit) = (database.dialect, table, limit)
        return try await database.transaction { db in
            if dialect == .postgres {
                _ = try await db.query("SELECT id FROM users WHERE id = $1 FOR UPDATE", [.text(userID)])
            }
            let count = try await db.query("SELECT COUNT(*) AS n FROM \(table) WHERE user_id = $1", [.text(userID)])[0].int("n")
            guard count < limit else { return false }
            try await insert(db)
            return true
        }
    }
}

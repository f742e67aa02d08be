import Foundation

/// `CoachingChatStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLCoachingChatStore: CoachingChatStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    public func conversation(sessionID: String, userID: String) async throws -> [ChatMessage] {
        try await database.query(
            """
            SELECT role, content, seed, created_at FROM coaching_chat_messages
            WHERE session_id = $1 AND user_id = $2 ORDER BY id
            """, [.text(sessionID), .text(userID)]).map { row in
            ChatMessage(role: ChatMessage.Role(rawValue: try row.string("role")) ?? .assistant, content: try row.string("content"),
                        seed: try row.int("seed") == 1, createdAt: try row.date("created_at"))
        }
    }

    public func append(_ messages: [ChatMessage], sessionID: String, userID: String, keep: Int) async throws {
        guard !messages.isEmpty else { return }
        try await database.transaction { db in
            for message in messages {
                try await db.execute(
                    """
                    INSERT INTO coaching_chat_messages (session_id, user_id, role, content, seed, created_at)
                    VALUES ($1, $2, $3, $4, $5, $6)
                    """, [.text(sessionID), .text(userID), .text(message.role.rawValue), .text(message.content),
                          .int(message.seed ? 1 : 0), .date(message.createdAt)])
            }
            try await db.execute(
                """
                DELETE FROM coaching_chat_messages
                WHERE session_id = $1 AND user_id = $2 AND seed = 0 AND id NOT IN (
                    SELECT id FROM coaching_chat_messages WHERE session_id = $1 AND user_id = $2 AND seed = 0
                    ORDER BY id DESC LIMIT $3)
                """, [.text(sessionID), .text(userID), .int(Int64(max(0, keep)))])
        }
    }
}

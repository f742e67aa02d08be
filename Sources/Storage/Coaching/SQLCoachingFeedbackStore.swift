import Foundation

/// `CoachingFeedbackStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLCoachingFeedbackStore: CoachingFeedbackStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    public func set(_ feedback: SectionFeedback) async throws {
        try await database.transaction { db in
            try await db.execute("DELETE FROM coaching_feedback WHERE session_id = $1 AND user_id = $2 AND section = $3",
                                 [.text(feedback.sessionID), .text(feedback.userID), .text(feedback.section)])
            guard feedback.rating != 0 else { return }
            try await db.execute(
                """
                INSERT INTO coaching_feedback (session_id, user_id, section, rating, comment, created_at)
                VALUES ($1, $2, $3, $4, $5, $6)
                """, [.text(feedback.sessionID), .text(feedback.userID), .text(feedback.section), .int(Int64(feedback.rating)),
                      SQLValue(feedback.comment), .date(feedback.createdAt)])
        }
    }

    public func feedback(sessionID: String, userID: String) async throws -> [SectionFeedback] {
        try await database.query(
            """
            SELECT session_id, user_id, section, rating, comment, created_at FROM coaching_feedback
            WHERE session_id = $1 AND user_id = $2 ORDER BY section
            """, [.text(sessionID), .text(userID)]).map { row in
            SectionFeedback(sessionID: try row.string("session_id"), userID: try row.string("user_id"),
                            section: try row.string("section"), rating: Int(try row.int("rating")),
                            comment: try row.optionalString("comment"), createdAt: try row.date("created_at"))
        }
    }
}

import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: constraint errors")
struct ConstraintContractTests {
    static let secretEmail = "very-secret-address@example.com"

    private func insertUser(_ db: any SQLExecutor, id: String, email: String) async throws {
        try await db.execute("INSERT INTO users (id, email, created_at, updated_at) VALUES ($1, $2, $3, $3)",
                             [.text(id), .text(email), .date(Date())])
    }

    @Test("unique and primary key violations map to uniqueViolation with portable names", arguments: TestDatabase.backends)
    func uniqueViolations(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            try await insertUser(db, id: "u1", email: Self.secretEmail)

            let emailError = await #expect(throws: StorageError.self) {
                try await insertUser(db, id: "u2", email: Self.secretEmail)
            }
            #expect(emailError == .uniqueViolation(constraint: "users_email_key"))

            let pkError = await #expect(throws: StorageError.self) {
                try await insertUser(db, id: "u1", email: "other@example.com")
            }
            #expect(pkError == .uniqueViolation(constraint: "users_pkey"))

            let insertSession = """
                INSERT INTO sessions (session_id, user_id, track_name, session_date, filename, content_sha256)
                VALUES ($1, $2, $3, $4, $5, $6)
                """
            try await db.execute(insertSession, [.text("s1"), .text("u1"), .text("Laguna Seca"), .text("2024-05-01"),
                                                 .text("a.csv"), .text("abc")])
            let sessionError = await #expect(throws: StorageError.self) {
                try await db.execute(insertSession, [.text("s2"), .text("u1"), .text("Laguna Seca"), .text("2024-05-01"),
                                                     .text("a.csv"), .text("abc")])
            }
            #expect(sessionError == .uniqueViolation(constraint: "sessions_user_id_content_sha256_key"))

            let tagError = await #expect(throws: StorageError.self) {
                for _ in 0..<2 {
                    try await db.execute("INSERT INTO lap_tags (session_id, lap_number, tag) VALUES ($1, $2, $3)",
                                         [.text("s1"), .int(3), .text("clean")])
                }
            }
            #expect(tagError == .uniqueViolation(constraint: "lap_tags_pkey"))

            // Anonymous uploads (NULL user_id) do not collide with each other.
            for id in ["anon1", "anon2"] {
                try await db.execute(insertSession, [.text(id), .null, .text("Laguna Seca"), .text("2024-05-01"),
                                                     .text("a.csv"), .text("same")])
            }
        }
    }

    @Test("foreign key violations map to foreignKeyViolation", arguments: TestDatabase.backends)
    func foreignKeyViolations(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            await #expect(throws: StorageError.foreignKeyViolation) {
                try await db.execute("INSERT INTO auth_subjects (sub, user_id) VALUES ($1, $2)",
                                     [.text("google|123"), .text("missing-user")])
            }
            await #expect(throws: StorageError.foreignKeyViolation) {
                try await db.execute("INSERT INTO lap_tags (session_id, lap_number, tag) VALUES ($1, $2, $3)",
                                     [.text("missing-session"), .int(1), .text("x")])
            }
            let counted1 = try await count(db, "auth_subjects")
            #expect(counted1 == 0)
        }
    }

    @Test("error messages never contain bind values", arguments: TestDatabase.backends)
    func noValuesInErrors(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            try await insertUser(db, id: "u1", email: Self.secretEmail)
            var errors: [any Error] = []
            do { try await insertUser(db, id: "u2", email: Self.secretEmail) } catch { errors.append(error) }
            do {
                try await db.execute("INSERT INTO users (id, email, role) VALUES ($1, $2, $3)",
                                     [.text("u3"), .text("x-" + Self.secretEmail), .text("secret-role-value")])
            } catch { errors.append(error) }
            do {
                try await db.execute("INSERT INTO users (id, email) VALUES ($1, $2)", [.text("u4"), .null])
            } catch { errors.append(error) }
            do {
                try await db.execute("INSERT INTO auth_subjects (sub, user_id) VALUES ($1, $2)",
                                     [.text("secret-sub-value"), .text("secret-user-value")])
            } catch { errors.append(error) }
            do {
                try await db.execute("SELECT * FROM no_such_table WHERE x = $1", [.text("secret-bind-value")])
            } catch { errors.append(error) }
            #expect(errors.count == 5)
            for error in errors {
                #expect(error is StorageError)
                for text in ["\(error)", String(reflecting: error), error.localizedDescription] {
                    #expect(!text.contains("secret"), "leaked a value: \(text)")
                }
            }
        }
    }

    @Test("check and not-null violations are errors too", arguments: TestDatabase.backends)
    func checkAndNotNull(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            await #expect(throws: StorageError.self) {
                try await db.execute("INSERT INTO users (id, email, role) VALUES ($1, $2, $3)",
                                     [.text("u1"), .text("a@example.com"), .text("admin")])
            }
            await #expect(throws: StorageError.self) {
                try await db.execute("INSERT INTO users (id, email, skill_level) VALUES ($1, $2, $3)",
                                     [.text("u1"), .text("a@example.com"), .text("expert")])
            }
            await #expect(throws: StorageError.self) {
                try await db.execute("INSERT INTO users (id, email) VALUES ($1, $2)", [.text("u1"), .null])
            }
            let counted2 = try await count(db, "users")
            #expect(counted2 == 0)
        }
    }
}

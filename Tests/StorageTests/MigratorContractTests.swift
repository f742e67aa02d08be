import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: migrator and schema")
struct MigratorContractTests {
    @Test("applies all migrations once; a second run applies nothing", arguments: TestDatabase.backends)
    func appliesOnce(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            let directory = TestPaths.migrations
            let migrator = Migrator(database: db, directory: directory, logger: TestDatabase.logger)
            #expect(try await migrator.applied() == [])

            let expected = try migrationNames(in: directory, dialect: db.dialect)
            #expect(expected.starts(with: ["001_identity", "002_sessions"]))

            let first = try await migrator.migrate()
            #expect(first == expected)
            let second = try await migrator.migrate()
            #expect(second == [])
            #expect(try await migrator.applied() == expected)

            let rows = try await db.query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version", [])
            #expect(try rows.map { try $0.int("version") } == expected.indices.map { Int64($0 + 1) })
            #expect(try rows.map { try $0.string("name") } == expected)
            for row in rows {
                #expect(abs(try row.date("applied_at").timeIntervalSinceNow) < 300)
            }

            // A fresh Migrator on the same database agrees.
            #expect(try await Migrator(database: db, directory: directory, logger: TestDatabase.logger).migrate() == [])
        }
    }

    @Test("a failing migration is rolled back and reported; earlier ones stay applied", arguments: TestDatabase.backends)
    func failingMigration(_ backend: TestDatabase.Backend) async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("cataclysm-migrations-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for dialect in SQLDialect.allCases {
            let folder = directory.appendingPathComponent(dialect.rawValue, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "-- first\nCREATE TABLE one (id TEXT PRIMARY KEY);\n"
                .write(to: folder.appendingPathComponent("001_one.sql"), atomically: true, encoding: .utf8)
            try "CREATE TABLE two (id TEXT PRIMARY KEY);\n\nINSERT INTO two (id) VALUES ('x');\nTHIS IS NOT SQL;\n"
                .write(to: folder.appendingPathComponent("002_two.sql"), atomically: true, encoding: .utf8)
        }
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            let migrator = Migrator(database: db, directory: directory, logger: TestDatabase.logger)
            let error = await #expect(throws: StorageError.self) { try await migrator.migrate() }
            if case .migration(let message)? = error {
                #expect(message.contains("002_two"))
                #expect(message.contains("statement 3"))
            } else {
                Issue.record("expected StorageError.migration, got \(String(describing: error))")
            }
            #expect(try await migrator.applied() == ["001_one"])
            // 002's first statements were rolled back with it.
            await #expect(throws: StorageError.self) { try await db.query("SELECT id FROM two", []) }
            _ = try await db.query("SELECT id FROM one", [])
        }
    }

    @Test("schema defaults are the same on both backends", arguments: TestDatabase.backends)
    func defaults(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            try await db.execute("INSERT INTO users (id, email) VALUES ($1, $2)", [.text("u1"), .text("a@example.com")])
            let user = try #require(try await db.query("SELECT * FROM users WHERE id = $1", [.text("u1")]).first)
            #expect(try user.string("name") == "")
            #expect(try user.optionalString("avatar_url") == nil)
            #expect(try user.string("skill_level") == "intermediate")
            #expect(try user.string("role") == "driver")
            #expect(try user.bool("leaderboard_opt_in") == false)
            #expect(abs(try user.date("created_at").timeIntervalSinceNow) < 300)
            #expect(abs(try user.date("updated_at").timeIntervalSinceNow) < 300)

            try await db.execute("""
                INSERT INTO sessions (session_id, user_id, track_name, session_date, filename, content_sha256,
                                      session_started_at, n_laps, best_lap_time_s, is_anonymous)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                """, [.text("s1"), .text("u1"), .text("Sonoma"), .text("Sat 4 May 2024"), .text("run.csv"),
                      .text("deadbeef"), .date(Date(timeIntervalSince1970: 1_714_800_000.250)), .int(12),
                      .double(92.345), .bool(true)])
            let session = try #require(try await db.query("SELECT * FROM sessions", []).first)
            #expect(try session.bool("is_anonymous") == true)
            #expect(try session.optionalDate("session_started_at") == Date(timeIntervalSince1970: 1_714_800_000.250))
            #expect(try session.optionalInt("n_laps") == 12)
            #expect(try session.optionalInt("n_clean_laps") == nil)
            #expect(try session.optionalDouble("best_lap_time_s") == 92.345)
            #expect(try session.optionalString("snapshot_json") == nil)
        }
    }

    @Test("deleting a user cascades to subjects, sessions, files and tags", arguments: TestDatabase.backends)
    func cascade(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            for user in ["u1", "u2"] {
                try await db.execute("INSERT INTO users (id, email) VALUES ($1, $2)", [.text(user), .text("\(user)@example.com")])
                try await db.execute("INSERT INTO auth_subjects (sub, user_id) VALUES ($1, $2)", [.text("sub-\(user)"), .text(user)])
                for n in 1...2 {
                    let session = "\(user)-s\(n)"
                    try await db.execute("""
                        INSERT INTO sessions (session_id, user_id, track_name, session_date, filename, content_sha256)
                        VALUES ($1, $2, $3, $4, $5, $6)
                        """, [.text(session), .text(user), .text("Thunderhill"), .text("2024-06-0\(n)"),
                              .text("f.csv"), .text("sha-\(session)")])
                    try await db.execute("""
                        INSERT INTO session_files (session_id, filename, encoding, original_size, content)
                        VALUES ($1, $2, $3, $4, $5)
                        """, [.text(session), .text("f.csv.gz"), .text("gzip"), .int(1234), .blob([1, 2, 3])])
                    try await db.execute("INSERT INTO lap_tags (session_id, lap_number, tag) VALUES ($1, $2, $3)",
                                         [.text(session), .int(Int64(n)), .text("best")])
                }
            }
            try await db.execute("DELETE FROM users WHERE id = $1", [.text("u1")])

            for (table, column) in [("auth_subjects", "user_id"), ("sessions", "user_id")] {
                let rows = try await db.query("SELECT \(column) AS owner FROM \(table)", [])
                #expect(try rows.map { try $0.string("owner") }.allSatisfy { $0 == "u2" }, "\(table)")
                #expect(!rows.isEmpty)
            }
            let counted1 = try await count(db, "session_files")
            #expect(counted1 == 2)
            let counted2 = try await count(db, "lap_tags")
            #expect(counted2 == 2)
            let orphans = try await db.query("""
                SELECT COUNT(*) AS n FROM session_files f WHERE f.session_id LIKE 'u1-%'
                """, [])
            #expect(try orphans[0].int("n") == 0)

            // Deleting a session alone cascades to its file and tags.
            try await db.execute("DELETE FROM sessions WHERE session_id = $1", [.text("u2-s1")])
            let counted3 = try await count(db, "session_files")
            #expect(counted3 == 1)
            let counted4 = try await count(db, "lap_tags")
            #expect(counted4 == 1)
        }
    }
}

/// `NNN_name` of every migration file for `dialect`, sorted.
func migrationNames(in directory: URL, dialect: SQLDialect) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(dialect.rawValue).path)
        .filter { $0.hasSuffix(".sql") }
        .sorted()
        .map { String($0.dropLast(4)) }
}

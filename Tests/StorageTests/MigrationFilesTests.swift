import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Migration files")
struct MigrationFilesTests {
    @Test("both dialect folders hold the same file names")
    func sameFileNames() throws {
        let directory = TestPaths.migrations
        let postgres = try migrationNames(in: directory, dialect: .postgres)
        let sqlite = try migrationNames(in: directory, dialect: .sqlite)
        #expect(postgres == sqlite)
        #expect(postgres.starts(with: ["001_identity", "002_sessions"]))
        for name in postgres {
            #expect(name.range(of: #"^\d{3}_[a-z0-9_]+$"#, options: .regularExpression) != nil, "\(name)")
        }
    }

    @Test("both dialects declare the same tables and columns")
    func sameTablesAndColumns() throws {
        let directory = TestPaths.migrations
        func columns(_ dialect: SQLDialect) throws -> [String: [String]] {
            var tables: [String: [String]] = [:]
            for name in try migrationNames(in: directory, dialect: dialect) {
                let text = try String(contentsOf: directory.appendingPathComponent("\(dialect.rawValue)/\(name).sql"), encoding: .utf8)
                for statement in MigrationScript.statements(in: text) where statement.hasPrefix("CREATE TABLE") {
                    let table = statement.split(separator: " ")[2].lowercased()
                    let body = statement.drop(while: { $0 != "(" }).dropFirst()
                    tables[table] = body.split(separator: "\n").compactMap { line in
                        let word = line.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init)
                        guard let word, let first = word.first, first.isLowercase,
                              !["primary", "unique", "check", "constraint", "foreign"].contains(word) else { return nil }
                        return word
                    }
                }
            }
            return tables
        }
        let postgres = try columns(.postgres)
        #expect(postgres == (try columns(.sqlite)))
        #expect(Set(postgres.keys) == ["users", "auth_subjects", "sessions", "session_files", "lap_tags",
                                       "organizations", "org_memberships", "org_events",
                                       "instructor_links", "instructor_invites", "student_flags",
                                       "share_links", "share_comparisons", "rate_limit_buckets", "rate_limit_hits",
                                       "corner_records", "corner_kings", "coaching_reports", "coaching_regenerations", "coaching_feedback",
                                       "coaching_chat_messages", "achievement_definitions", "user_achievements",
                                       "equipment_profiles", "session_equipment", "session_weather", "lap_gates", "notes", "stickies",
                                       "runtime_settings", "llm_task_routes", "llm_usage_events", "admin_audit_log"])
        #expect(postgres["instructor_links"] == ["id", "instructor_id", "student_id", "status", "created_at", "linked_at",
                                                 "updated_at"])
        #expect(postgres["org_events"] == ["id", "org_id", "name", "track_name", "event_date", "event_at", "run_groups", "created_at"])
        #expect(postgres["users"] == ["id", "email", "name", "avatar_url", "skill_level", "role",
                                      "leaderboard_opt_in", "created_at", "updated_at"])
    }

    @Test func statementSplitting() {
        let text = """
            -- comment line; not a statement
            CREATE TABLE a (
                x TEXT DEFAULT 'a;b'
            );

            CREATE INDEX a_x ON a (x);
            INSERT INTO a (x) VALUES ('no trailing semicolon')
            """
        #expect(MigrationScript.statements(in: text) == [
            "CREATE TABLE a (\n    x TEXT DEFAULT 'a;b'\n)",
            "CREATE INDEX a_x ON a (x)",
            "INSERT INTO a (x) VALUES ('no trailing semicolon')",
        ])
    }

    @Test func fileNames() {
        #expect(MigrationScript(fileURL: URL(fileURLWithPath: "/m/001_identity.sql"))?.version == 1)
        #expect(MigrationScript(fileURL: URL(fileURLWithPath: "/m/012_x_y.sql"))?.name == "012_x_y")
        #expect(MigrationScript(fileURL: URL(fileURLWithPath: "/m/identity.sql")) == nil)
        #expect(MigrationScript(fileURL: URL(fileURLWithPath: "/m/000_zero.sql")) == nil)
        #expect(MigrationScript(fileURL: URL(fileURLWithPath: "/m/001_.sql")) == nil)
    }

    @Test func locateDirectory() throws {
        let fromEnv = Migrator.locateDirectory(environment: ["MIGRATIONS_DIR": "/srv/migrations"], cwd: "/somewhere")
        #expect(fromEnv?.path == "/srv/migrations")
        let relativeEnv = Migrator.locateDirectory(environment: ["MIGRATIONS_DIR": "db/migrations"], cwd: "/app")
        #expect(relativeEnv?.path == "/app/db/migrations")

        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("cataclysm-cwd-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temp) }
        try FileManager.default.createDirectory(at: temp.appendingPathComponent("Migrations"), withIntermediateDirectories: true)
        #expect(Migrator.locateDirectory(environment: [:], cwd: temp.path)?.resolvingSymlinksInPath()
                == temp.appendingPathComponent("Migrations").resolvingSymlinksInPath())

        // Falls back to the source tree (walking up from Migrator.swift).
        let fallback = try #require(Migrator.locateDirectory(environment: [:], cwd: "/nonexistent"))
        #expect(FileManager.default.fileExists(atPath: fallback.appendingPathComponent("postgres/001_identity.sql").path))
    }

    @Test func sqliteConstraintNamesFollowPostgresDefaults() {
        #expect(SQLiteErrorMapper.uniqueConstraintName("UNIQUE constraint failed: users.email", primaryKey: false) == "users_email_key")
        #expect(SQLiteErrorMapper.uniqueConstraintName(
            "UNIQUE constraint failed: sessions.user_id, sessions.content_sha256", primaryKey: false)
            == "sessions_user_id_content_sha256_key")
        #expect(SQLiteErrorMapper.uniqueConstraintName("UNIQUE constraint failed: users.id", primaryKey: true) == "users_pkey")
        #expect(SQLiteErrorMapper.uniqueConstraintName("UNIQUE constraint failed: index 'by_x'", primaryKey: false) == "by_x")
    }
}

@Suite("PostgreSQL backend")
struct PostgresBackendTests {
    @Test("reachable when CATACLYSM_TEST_DATABASE names it (e.g. from Scripts/postgres-test-server.sh start)",
          .enabled(if: TestDatabase.backend == .postgres, "CATACLYSM_TEST_DATABASE names no PostgreSQL server; contract tests ran on SQLite only"))
    func configured() async throws {
        let url = try TestDatabase.postgresURL()
        let db = try await DatabaseFactory.open(url: url, logger: TestDatabase.logger)
        #expect(db.dialect == .postgres)
        #expect(await db.ping())
        try await db.close()
    }
}

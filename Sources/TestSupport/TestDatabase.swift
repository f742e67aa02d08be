import Foundation
import Logging
import Storage

/// Fresh, migrated databases for tests, on the backend chosen by one environment variable.
///
/// `CATACLYSM_TEST_DATABASE`:
/// - unset or `sqlite`: every test runs on SQLite (a new file per test);
/// - a `postgres://…` URL of a server the tests may create schemas in (e.g. from `Scripts/postgres-test-server.sh start`):
///   API tests run on PostgreSQL and the storage contract tests on SQLite and PostgreSQL, each test in a new schema
///   dropped afterwards. An unreachable server fails those tests; nothing is skipped;
/// - anything else fails every test that asks for a database.
public enum TestDatabase {
    /// The name of the one environment variable.
    public static let variable = "CATACLYSM_TEST_DATABASE"

    public enum Backend: String, Sendable, CaseIterable { case sqlite, postgres }

    /// What `CATACLYSM_TEST_DATABASE` asks for.
    enum Setting {
        case sqlite
        case postgres(url: String)
        case invalid(String)

        static let current: Setting = {
            let value = (ProcessInfo.processInfo.environment[TestDatabase.variable] ?? "").trimmingCharacters(in: .whitespaces)
            if value.isEmpty || value == "sqlite" { return .sqlite }
            if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") { return .postgres(url: value) }
            return .invalid(value)
        }()
    }

    /// The backend API tests run on: PostgreSQL when the variable names a server, else SQLite.
    public static var backend: Backend {
        if case .sqlite = Setting.current { return .sqlite }
        return .postgres
    }

    /// The backends contract tests run on: SQLite, and PostgreSQL when the variable names a server.
    public static var backends: [Backend] {
        if case .sqlite = Setting.current { return [.sqlite] }
        return [.sqlite, .postgres]
    }

    /// The PostgreSQL server the variable names.
    public static func postgresURL() throws -> String {
        switch Setting.current {
        case .postgres(let url): return url
        case .sqlite: throw TestDatabaseError(description: "\(variable) does not name a PostgreSQL server")
        case .invalid(let value): throw invalid(value)
        }
    }

    /// A logger that stays quiet unless something goes wrong.
    public static let logger: Logger = {
        var logger = Logger(label: "test.db")
        logger.logLevel = .warning
        return logger
    }()

    /// Runs `body` with a fresh database of `backend` (the configured one by default) and its URL, then removes it.
    /// With `migrated: false` the repository's migrations are not applied.
    public static func with<T>(_ backend: Backend = TestDatabase.backend, migrated: Bool = true,
                               _ body: (any SQLDatabase, String) async throws -> T) async throws -> T {
        if case .invalid(let value) = Setting.current { throw invalid(value) }
        switch backend {
        case .sqlite:
            return try await withSQLite(migrated: migrated, body)
        case .postgres:
            let server = try postgresURL()
            await PostgresGate.shared.enter()
            do {
                let result = try await withPostgres(server: server, migrated: migrated, body)
                await PostgresGate.shared.leave()
                return result
            } catch {
                await PostgresGate.shared.leave()
                throw error
            }
        }
    }

    private static func withSQLite<T>(migrated: Bool, _ body: (any SQLDatabase, String) async throws -> T) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cataclysm-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try await using(url: "sqlite://" + directory.appendingPathComponent("test.sqlite").path, migrated: migrated, body)
    }

    /// A new schema `test_<uuid>` on the server, selected through the URL's `search_path`, dropped (CASCADE) afterwards.
    private static func withPostgres<T>(server: String, migrated: Bool,
                                        _ body: (any SQLDatabase, String) async throws -> T) async throws -> T {
        let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try await DatabaseFactory.open(url: server, logger: logger)
        do {
            try await admin.execute("CREATE SCHEMA \(schema)")
            let separator = server.contains("?") ? "&" : "?"
            let result = try await using(url: server + separator + "search_path=\(schema)", migrated: migrated, body)
            try await admin.execute("DROP SCHEMA \(schema) CASCADE")
            try await admin.close()
            return result
        } catch {
            try? await admin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE")
            try? await admin.close()
            throw error
        }
    }

    private static func using<T>(url: String, migrated: Bool, _ body: (any SQLDatabase, String) async throws -> T) async throws -> T {
        let database = try await DatabaseFactory.open(url: url, logger: logger)
        do {
            if migrated {
                _ = try await Migrator(database: database, directory: TestPaths.migrations, logger: logger).migrate()
            }
            let result = try await body(database, url)
            try await database.close()
            return result
        } catch {
            try? await database.close()
            throw error
        }
    }

    private static func invalid(_ value: String) -> TestDatabaseError {
        TestDatabaseError(description: "\(variable) must be `sqlite` or a postgres:// URL, not `\(value)`")
    }
}

/// The test database could not be set up as asked.
public struct TestDatabaseError: Error, CustomStringConvertible {
    public var description: String
}

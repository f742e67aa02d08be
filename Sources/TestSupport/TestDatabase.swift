import Foundation
import Logging
import Storage

/// A fresh, migrated database for one test: SQLite by default, PostgreSQL when
/// `CATACLYSM_TEST_BACKEND=postgres` (with `CATACLYSM_TEST_POSTGRES_URL` pointing at a server the test script started).
public enum TestDatabase {
    public enum Backend: String, Sendable { case sqlite, postgres }

    public static var backend: Backend {
        Backend(rawValue: ProcessInfo.processInfo.environment["CATACLYSM_TEST_BACKEND"] ?? "sqlite") ?? .sqlite
    }

    static let logger: Logger = {
        var logger = Logger(label: "test.db")
        logger.logLevel = .warning
        return logger
    }()

    /// Runs `body` with a fresh migrated database and removes it afterwards.
    public static func with<T>(_ body: (any SQLDatabase, String) async throws -> T) async throws -> T {
        let (url, cleanup) = try await freshURL()
        let database = try await DatabaseFactory.open(url: url, logger: logger)
        do {
            _ = try await Migrator(database: database, directory: TestPaths.migrations, logger: logger).migrate()
            let result = try await body(database, url)
            try await database.close()
            try await cleanup()
            return result
        } catch {
            try? await database.close()
            try? await cleanup()
            throw error
        }
    }

    /// A URL for an empty database and how to remove it.
    public static func freshURL() async throws -> (String, @Sendable () async throws -> Void) {
        let name = "cat_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        switch backend {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sqlite").path
            return ("sqlite://" + path, {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            })
        case .postgres:
            guard let admin = ProcessInfo.processInfo.environment["CATACLYSM_TEST_POSTGRES_URL"] else {
                throw StorageError.connection("CATACLYSM_TEST_BACKEND=postgres needs CATACLYSM_TEST_POSTGRES_URL")
            }
            let server = try await DatabaseFactory.open(url: admin, logger: logger)
            try await server.execute("CREATE SCHEMA \(name)", [])
            try await server.close()
            let separator = admin.contains("?") ? "&" : "?"
            return (admin + separator + "search_path=\(name)", {
                let server = try await DatabaseFactory.open(url: admin, logger: logger)
                try await server.execute("DROP SCHEMA IF EXISTS \(name) CASCADE", [])
                try await server.close()
            })
        }
    }
}

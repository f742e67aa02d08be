import Foundation
import Logging

/// Applies the SQL migrations in `<directory>/<dialect>/NNN_name.sql` (`postgres` | `sqlite`).
///
/// Each not-yet-recorded migration runs in its own transaction together with its row in
/// `schema_migrations(version, name, applied_at)`, in version order. Running it again applies
/// nothing. On PostgreSQL a transaction-scoped advisory lock serializes concurrent migrators.
public struct Migrator: Sendable {
    /// Key of the PostgreSQL advisory lock taken while migrating.
    static let advisoryLockKey: Int64 = 0x6361_7461_636C_79  // "catacly"

    private let database: any SQLDatabase
    private let directory: URL
    private let logger: Logger

    /// - Parameters:
    ///   - database: The database to migrate; its ``SQLDatabase/dialect`` selects the sub-folder.
    ///   - directory: The `Migrations` folder holding `postgres/` and `sqlite/`.
    ///   - logger: Receives one `info` line per applied migration.
    public init(database: any SQLDatabase, directory: URL, logger: Logger) {
        self.database = database
        self.directory = directory
        self.logger = logger
    }

    /// Applies every migration not yet recorded and returns their names (`001_identity`, …) in order.
    @discardableResult
    public func migrate() async throws -> [String] {
        let scripts = try loadScripts()
        try await createMigrationsTable()
        let recorded = try await recordedMigrations()
        let recordedVersions = Set(recorded.map(\.version))
        for (version, name) in recorded {
            if let script = scripts.first(where: { $0.version == version }), script.name != name {
                logger.warning("applied migration has a different file name now",
                               metadata: ["version": "\(version)", "recorded": "\(name)", "file": "\(script.name)"])
            } else if !scripts.contains(where: { $0.version == version }) {
                logger.warning("applied migration has no file", metadata: ["version": "\(version)", "name": "\(name)"])
            }
        }

        var applied: [String] = []
        for script in scripts where !recordedVersions.contains(script.version) {
            if try await apply(script) {
                applied.append(script.name)
                logger.info("applied migration", metadata: ["migration": "\(script.name)", "dialect": "\(database.dialect.rawValue)"])
            }
        }
        return applied
    }

    /// Names of the migrations recorded in `schema_migrations`, in version order
    /// (empty when the table does not exist yet).
    public func applied() async throws -> [String] {
        guard try await migrationsTableExists() else { return [] }
        return try await recordedMigrations().map(\.name)
    }

    /// Finds the `Migrations` folder: `$MIGRATIONS_DIR` when set; else `<cwd>/Migrations` when it
    /// exists; else a `Migrations` folder in a parent of this source file (development builds).
    public static func locateDirectory(environment: [String: String], cwd: String) -> URL? {
        if let configured = environment["MIGRATIONS_DIR"], !configured.isEmpty {
            return URL(fileURLWithPath: configured, isDirectory: true, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true))
                .standardizedFileURL
        }
        let local = URL(fileURLWithPath: cwd, isDirectory: true).appendingPathComponent("Migrations", isDirectory: true)
        if isDirectory(local) { return local.standardizedFileURL }
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            let candidate = folder.appendingPathComponent("Migrations", isDirectory: true)
            if isDirectory(candidate.appendingPathComponent(SQLDialect.postgres.rawValue))
                || isDirectory(candidate.appendingPathComponent(SQLDialect.sqlite.rawValue)) {
                return candidate.standardizedFileURL
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    // MARK: - Internals

    private static func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }

    /// The dialect folder's `NNN_name.sql` files, sorted by version.
    func loadScripts() throws -> [MigrationScript] {
        let folder = directory.appendingPathComponent(database.dialect.rawValue, isDirectory: true)
        guard Self.isDirectory(folder) else {
            throw StorageError.migration("migrations folder \(folder.path) does not exist")
        }
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        } catch {
            throw StorageError.migration("cannot list \(folder.path)")
        }
        var scripts: [MigrationScript] = []
        for file in files where file.pathExtension == "sql" {
            guard let script = MigrationScript(fileURL: file) else {
                throw StorageError.migration("\(file.lastPathComponent) is not named NNN_name.sql")
            }
            if let clash = scripts.first(where: { $0.version == script.version }) {
                throw StorageError.migration("\(clash.name) and \(script.name) share version \(script.version)")
            }
            scripts.append(script)
        }
        return scripts.sorted { $0.version < $1.version }
    }

    private func createMigrationsTable() async throws {
        let sql: String
        switch database.dialect {
        case .postgres:
            sql = """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                )
                """
        case .sqlite:
            sql = """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                ) STRICT
                """
        }
        do {
            try await database.transaction { tx in
                try await lockIfNeeded(tx)
                try await tx.execute(sql, [])
            }
        } catch {
            throw StorageError.migration("cannot create schema_migrations: \(error)")
        }
    }

    private func migrationsTableExists() async throws -> Bool {
        let rows: [SQLRow]
        switch database.dialect {
        case .postgres:
            rows = try await database.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS present", [])
        case .sqlite:
            rows = try await database.query(
                "SELECT COUNT(*) > 0 AS present FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'", [])
        }
        return try rows.first?.bool("present") ?? false
    }

    private func recordedMigrations() async throws -> [(version: Int, name: String)] {
        try await database.query("SELECT version, name FROM schema_migrations ORDER BY version", [])
            .map { (Int(try $0.int("version")), try $0.string("name")) }
    }

    /// Applies one script; returns `false` when another migrator recorded it first.
    private func apply(_ script: MigrationScript) async throws -> Bool {
        let text: String
        do {
            text = try String(contentsOf: script.url, encoding: .utf8)
        } catch {
            throw StorageError.migration("cannot read \(script.url.lastPathComponent)")
        }
        let statements = MigrationScript.statements(in: text)
        do {
            return try await database.transaction { tx in
                try await lockIfNeeded(tx)
                let already = try await tx.query("SELECT 1 AS present FROM schema_migrations WHERE version = $1",
                                                 [.int(Int64(script.version))])
                guard already.isEmpty else { return false }
                for (index, statement) in statements.enumerated() {
                    do {
                        try await tx.execute(statement, [])
                    } catch {
                        throw StorageError.migration("\(script.name): statement \(index + 1) failed: \(error)")
                    }
                }
                try await tx.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                                     [.int(Int64(script.version)), .text(script.name), .date(Date())])
                return true
            }
        } catch let error as StorageError {
            if case .migration = error { throw error }
            throw StorageError.migration("\(script.name): \(error)")
        }
    }

    private func lockIfNeeded(_ tx: any SQLExecutor) async throws {
        if database.dialect == .postgres {
            _ = try await tx.query("SELECT pg_advisory_xact_lock($1)", [.int(Self.advisoryLockKey)])
        }
    }
}

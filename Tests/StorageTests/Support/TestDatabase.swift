import Foundation
import Logging
import Testing
@testable import Storage

/// A logger that stays quiet unless something goes wrong.
let testLogger: Logger = {
    var logger = Logger(label: "storage-tests")
    logger.logLevel = .warning
    return logger
}()

/// Runs `body` against a fresh, isolated database of `backend`, then removes it.
///
/// - SQLite: a new file in a new temp directory, deleted afterwards.
/// - PostgreSQL: a new schema `test_<uuid>` in the database at `CATACLYSM_TEST_POSTGRES_URL`,
///   selected through the URL's `search_path` parameter, dropped (CASCADE) afterwards.
///
/// With `migrated: true` the repository's `Migrations` folder is applied first.
func withDatabase<T: Sendable>(
    _ backend: Backend,
    migrated: Bool = false,
    _ body: (any SQLDatabase) async throws -> T
) async throws -> T {
    switch backend {
    case .sqlite:
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("cataclysm-storage-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try await DatabaseFactory.open(url: "sqlite://" + directory.appendingPathComponent("test.sqlite").path,
                                                      logger: testLogger)
        return try await using(database, migrated: migrated, body)

    case .postgres:
        guard let url = TestEnvironment.postgresURL else {
            throw TestSetupError(description:
                "CATACLYSM_REQUIRE_POSTGRES=1 but CATACLYSM_TEST_POSTGRES_URL is not set; start a server with "
                + "`export CATACLYSM_TEST_POSTGRES_URL=$(Scripts/postgres-test-server.sh start)`")
        }
        await PostgresGate.shared.enter()
        defer { Task { await PostgresGate.shared.leave() } }
        let admin = try await DatabaseFactory.open(url: url, logger: testLogger)
        let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        do {
            try await admin.execute("CREATE SCHEMA \(schema)")
            let separator = url.contains("?") ? "&" : "?"
            let database = try await DatabaseFactory.open(url: url + separator + "search_path=\(schema)", logger: testLogger)
            let result = try await using(database, migrated: migrated, body)
            try await admin.execute("DROP SCHEMA \(schema) CASCADE")
            try await admin.close()
            return result
        } catch {
            try? await admin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE")
            try? await admin.close()
            throw error
        }
    }
}

private func using<T: Sendable>(
    _ database: any SQLDatabase,
    migrated: Bool,
    _ body: (any SQLDatabase) async throws -> T
) async throws -> T {
    do {
        if migrated {
            try await Migrator(database: database, directory: try migrationsDirectory(), logger: testLogger).migrate()
        }
        let result = try await body(database)
        try await database.close()
        return result
    } catch {
        try? await database.close()
        throw error
    }
}

/// The repository's `Migrations` folder.
func migrationsDirectory() throws -> URL {
    guard let url = Migrator.locateDirectory(environment: ProcessInfo.processInfo.environment,
                                             cwd: FileManager.default.currentDirectoryPath) else {
        throw TestSetupError(description: "Migrations folder not found")
    }
    return url
}

/// Limits how many PostgreSQL test databases are open at once (each holds a small pool).
actor PostgresGate {
    static let shared = PostgresGate(limit: 4)
    private let limit: Int
    private var inUse = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func enter() async {
        if inUse < limit {
            inUse += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func leave() {
        if waiters.isEmpty {
            inUse -= 1
        } else {
            waiters.removeFirst().resume()
        }
    }
}

/// Column type names for ad-hoc test tables.
struct ColumnTypes {
    let dialect: SQLDialect
    init(_ dialect: SQLDialect) { self.dialect = dialect }

    var int: String { dialect == .postgres ? "BIGINT" : "INTEGER" }
    var double: String { dialect == .postgres ? "DOUBLE PRECISION" : "REAL" }
    var text: String { "TEXT" }
    var blob: String { dialect == .postgres ? "BYTEA" : "BLOB" }
    var bool: String { dialect == .postgres ? "BOOLEAN" : "INTEGER" }
    var timestamp: String { dialect == .postgres ? "TIMESTAMPTZ" : "TEXT" }
}

struct ExpectedTestError: Error, Equatable {}

/// Counts rows in `table`.
func count(_ db: any SQLExecutor, _ table: String) async throws -> Int64 {
    try await db.query("SELECT COUNT(*) AS n FROM \(table)", [])[0].int("n")
}

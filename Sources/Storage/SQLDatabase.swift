/// The SQL dialect of a database. The raw value names the migrations sub-folder.
public enum SQLDialect: String, Sendable, Hashable, CaseIterable {
    /// SQLite (via SQLiteNIO).
    case sqlite
    /// PostgreSQL (via PostgresNIO).
    case postgres
}

/// Something that runs SQL: a database, or the executor handed to a transaction body.
///
/// SQL uses `$1`, `$2`, … placeholders on both backends; a placeholder may be reused and may
/// appear out of order (`… $2 … $1 …`). One string holds exactly one statement.
///
/// Errors are ``StorageError`` (a `CancellationError` is passed through unchanged).
public protocol SQLExecutor: Sendable {
    /// Runs a statement and returns all result rows (an empty array for statements without rows).
    /// SQL uses `$1`, `$2` … placeholders on both backends.
    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow]

    /// Runs a statement and discards any result rows.
    func execute(_ sql: String, _ binds: [SQLValue]) async throws
}

extension SQLExecutor {
    /// Runs a statement without binds and returns all result rows.
    public func query(_ sql: String) async throws -> [SQLRow] { try await query(sql, []) }

    /// Runs a statement without binds.
    public func execute(_ sql: String) async throws { try await execute(sql, []) }

    /// Runs a query and returns its first row, or `nil` when there is none.
    public func first(_ sql: String, _ binds: [SQLValue] = []) async throws -> SQLRow? {
        try await query(sql, binds).first
    }
}

/// A database connection (pool) of one dialect.
///
/// Writing SQL that runs unchanged on both backends:
/// - Use `$1`, `$2` … placeholders; bind `.bool` for boolean columns and `.date` for timestamp
///   columns (never `.int` / `.text`), and read them with ``SQLRow/bool(_:)`` / ``SQLRow/date(_:)``.
/// - Bind `Date()` instead of calling `now()` / `CURRENT_TIMESTAMP`, whose forms differ.
/// - `INSERT … ON CONFLICT (…) DO UPDATE SET x = excluded.x` and `RETURNING` work on both.
/// - `COUNT(*)` reads as ``SQLRow/int(_:)``; `AVG`/`SUM` of numbers read as ``SQLRow/double(_:)``.
/// - Match unique violations on ``StorageError/uniqueViolation(constraint:)`` names, which follow
///   PostgreSQL's default naming on both backends.
///
/// Transactions: on both backends a statement that fails inside a transaction aborts it; later
/// statements in the same body fail and the transaction is rolled back even if the body catches
/// the error. Inside a transaction body use only the executor passed to the body — using the
/// database itself there throws ``StorageError/other(_:)`` instead of deadlocking.
public protocol SQLDatabase: SQLExecutor {
    /// The dialect, for the rare statement that must differ between backends.
    var dialect: SQLDialect { get }

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws
    /// (rethrowing the body's error unchanged).
    func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T

    /// `true` when `SELECT 1` succeeds.
    func ping() async -> Bool

    /// A read the hot request path repeats (a user by subject, a session by id, its inputs): may be answered from
    /// the database's ``ReadCache`` when nothing was written since and the answer is younger than its age bound. Only
    /// for a plain `SELECT` whose answer depends on its text and binds alone (never on the time).
    func cachedQuery(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow]

    /// Closes the database. Later calls throw ``StorageError/connection(_:)``.
    func close() async throws
}

extension SQLDatabase {
    /// Without a read cache: the plain query.
    public func cachedQuery(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] { try await query(sql, binds) }
}

/// Tracks, per task, which databases have a transaction body running, so that misuse of the
/// database inside its own transaction body is reported instead of deadlocking.
enum TransactionScope {
    @TaskLocal static var active: Set<ObjectIdentifier> = []

    static func checkNotInside(_ database: AnyObject) throws {
        if active.contains(ObjectIdentifier(database)) {
            throw StorageError.other(
                "the database was used inside its own transaction body; use the executor passed to the body"
            )
        }
    }

    static func run<T>(inside database: AnyObject, _ body: () async throws -> T) async throws -> T {
        var set = active
        set.insert(ObjectIdentifier(database))
        return try await $active.withValue(set) { try await body() }
    }
}

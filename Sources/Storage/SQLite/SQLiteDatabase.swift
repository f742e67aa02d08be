import Foundation
import Logging
import SQLiteNIO

/// SQLite adapter: one connection, every statement and every whole transaction serialized
/// through an ``AsyncLock`` so that statements from other tasks never interleave with a
/// transaction. Opened with WAL journaling, `foreign_keys=ON` and a busy timeout.
final class SQLiteDatabase: SQLDatabase {
    let dialect: SQLDialect = .sqlite
    private let connection: SQLiteConnection
    private let lock = AsyncLock()
    private let state = ClosedFlag()
    private let logger: Logger

    private init(connection: SQLiteConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    deinit {
        // A database dropped without close(): release the connection (SQLiteNIO asserts on unclosed handles).
        if state.close() {
            let connection = self.connection
            Task { try? await connection.close() }
        }
    }

    /// Opens (creating if needed) the database at `path`, or an in-memory database when `path` is nil.
    static func open(path: String?, logger: Logger) async throws -> SQLiteDatabase {
        if let path {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: path.map { .file(path: $0) } ?? .memory, logger: logger)
        } catch {
            throw StorageError.connection("cannot open sqlite database at \(path ?? ":memory:"): \(SQLiteErrorMapper.map(error))")
        }
        let database = SQLiteDatabase(connection: connection, logger: logger)
        do {
            // journal_mode returns a row; the others return nothing.
            _ = try await database.run("PRAGMA journal_mode=WAL", [])
            _ = try await database.run("PRAGMA synchronous=NORMAL", [])
            _ = try await database.run("PRAGMA foreign_keys=ON", [])
            _ = try await database.run("PRAGMA busy_timeout=5000", [])
        } catch {
            try? await database.close()
            throw error
        }
        logger.debug("opened sqlite database", metadata: ["path": .string(path ?? ":memory:")])
        return database
    }

    // MARK: SQLExecutor

    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try TransactionScope.checkNotInside(self)
        return try await lock.withLock { try await self.run(sql, binds) }
    }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        _ = try await query(sql, binds)
    }

    // MARK: SQLDatabase

    func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        try TransactionScope.checkNotInside(self)
        return try await lock.withLock {
            try await self.runTransaction(body)
        }
    }

    func ping() async -> Bool {
        guard !state.isClosed else { return false }
        return (try? await query("SELECT 1", [])).map { $0.count == 1 } ?? false
    }

    func close() async throws {
        try await lock.withLock {
            guard self.state.close() else { return }
            do {
                try await self.connection.close()
            } catch {
                throw SQLiteErrorMapper.map(error)
            }
        }
    }

    // MARK: Internals (call only while holding the lock)

    private func runTransaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        _ = try await run("BEGIN IMMEDIATE", [])
        let executor = GuardedTransactionExecutor { [self] sql, binds in try await run(sql, binds) }
        let result: T
        do {
            result = try await TransactionScope.run(inside: self) { try await body(executor) }
        } catch {
            executor.finish()
            await rollback()
            throw error
        }
        executor.finish()
        if executor.failed {
            await rollback()
            throw StorageError.other("transaction rolled back: a statement inside it failed")
        }
        do {
            _ = try await run("COMMIT", [])
        } catch {
            await rollback()
            throw error
        }
        return result
    }

    private func rollback() async {
        do {
            _ = try await run("ROLLBACK", [])
        } catch {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing else to do.
            logger.debug("sqlite rollback failed", metadata: ["error": "\(error)"])
        }
    }

    /// Runs one statement on the connection. The caller must hold the lock.
    fileprivate func run(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        guard !state.isClosed else { throw StorageError.connection("sqlite database is closed") }
        let rewritten = try PlaceholderRewriter.rewrite(sql)
        guard rewritten.highestIndex == binds.count else {
            throw StorageError.other(
                "statement uses \(rewritten.highestIndex) placeholder(s) but \(binds.count) bind(s) were given"
            )
        }
        let sqliteBinds = binds.map(Self.encode)
        let collector = RowCollector()
        do {
            try await connection.query(rewritten.sql, sqliteBinds) { row in collector.append(row) }
        } catch {
            throw SQLiteErrorMapper.map(error)
        }
        return collector.rows()
    }

    static func encode(_ value: SQLValue) -> SQLiteData {
        switch value {
        case .null: .null
        case .int(let i): .integer(SQLiteInt64(i))
        case .double(let d): .float(d)
        case .text(let s): .text(s)
        case .blob(let bytes): .blob(blobBuffer(bytes))
        case .bool(let b): .integer(b ? 1 : 0)
        case .date(let d): .text(SQLTimestamp.format(d))
        }
    }

    /// A zero-length blob must still point at allocated storage, or SQLite binds NULL instead.
    private static func blobBuffer(_ bytes: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(max(1, bytes.count))
        buffer.writeBytes(bytes)
        return buffer
    }

    static func decode(_ data: SQLiteData) -> SQLValue {
        switch data {
        case .null: .null
        case .integer(let i): .int(Int64(i))
        case .float(let d): .double(d)
        case .text(let s): .text(s)
        case .blob(let buffer): .blob(Array(buffer.readableBytesView))
        }
    }
}

/// Collects rows delivered by SQLiteNIO's row callback.
private final class RowCollector: @unchecked Sendable {
    private let mutex = NSLock()
    private var columns: [String]?
    private var values: [[SQLValue]] = []

    func append(_ row: SQLiteRow) {
        let cols = row.columns
        let decoded = cols.map { SQLiteDatabase.decode($0.data) }
        mutex.withLock {
            if columns == nil { columns = cols.map(\.name) }
            values.append(decoded)
        }
    }

    func rows() -> [SQLRow] {
        mutex.withLock {
            let names = columns ?? []
            return values.map { SQLRow(columns: names, values: $0) }
        }
    }
}

/// A thread-safe "closed" flag.
final class ClosedFlag: @unchecked Sendable {
    private let mutex = NSLock()
    private var closed = false

    var isClosed: Bool { mutex.withLock { closed } }

    /// Marks the flag closed; returns `false` when it already was.
    func close() -> Bool {
        mutex.withLock {
            defer { closed = true }
            return !closed
        }
    }
}

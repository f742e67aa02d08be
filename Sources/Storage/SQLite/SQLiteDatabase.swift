import Foundation
import Logging
import SQLiteNIO
import Synchronization

/// SQLite adapter: one writer connection, every write statement and every whole transaction serialized through an
/// ``AsyncLock`` so that statements from other tasks never interleave with a transaction; and, for a database file, a
/// few read-only connections (`PRAGMA query_only`) that answer plain `SELECT`s outside transactions side by side
/// without that lock. WAL journaling gives each read the last committed state, so a read after a finished write sees
/// it. Opened with WAL journaling, `foreign_keys=ON` and a busy timeout. `cachedQuery` answers the request path's
/// repeated reads from a ``ReadCache`` that every write through this database empties.
final class SQLiteDatabase: SQLDatabase {
    let dialect: SQLDialect = .sqlite
    private let connection: SQLiteConnection
    private let readers: [SQLiteConnection]
    /// One lock per reader: a connection runs one statement at a time.
    private let readerLocks: [AsyncLock]
    private let nextReader = RoundRobin()
    private let lock = AsyncLock()
    private let state = ClosedFlag()
    /// Repeated hot reads; every write through the writer connection empties it.
    private let readCache = ReadCache()
    private let logger: Logger

    /// Read-only connections beside the writer: one per core, at least 2, at most 4.
    static var readerCount: Int { min(4, max(2, ProcessInfo.processInfo.activeProcessorCount)) }

    private init(connection: SQLiteConnection, readers: [SQLiteConnection], logger: Logger) {
        self.connection = connection
        self.readers = readers
        self.readerLocks = readers.map { _ in AsyncLock() }
        self.logger = logger
    }

    deinit {
        // A database dropped without close(): release the connection (SQLiteNIO asserts on unclosed handles).
        if state.close() {
            let connections = [connection] + readers
            Task { for connection in connections { try? await connection.close() } }
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
        do {
            // journal_mode returns a row; the others return nothing.
            try await configure(connection, ["PRAGMA journal_mode=WAL"] + connectionPragmas)
        } catch {
            try? await connection.close()
            throw error
        }
        guard let path else { return SQLiteDatabase(connection: connection, readers: [], logger: logger) }
        // An in-memory database is private to its connection: readers only for a file.
        var readers: [SQLiteConnection] = []
        do {
            for _ in 0..<readerCount {
                let reader = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
                readers.append(reader)
                try await configure(reader, connectionPragmas + ["PRAGMA query_only=ON"])
            }
        } catch {
            for opened in readers + [connection] { try? await opened.close() }
            throw StorageError.connection("cannot open sqlite reader for \(path): \(SQLiteErrorMapper.map(error))")
        }
        logger.debug("opened sqlite database", metadata: ["path": .string(path), "readers": "\(readers.count)"])
        return SQLiteDatabase(connection: connection, readers: readers, logger: logger)
    }

    /// Settings of every connection (journal mode is the file's, set once by the writer).
    static let connectionPragmas = ["PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"]

    private static func configure(_ connection: SQLiteConnection, _ pragmas: [String]) async throws {
        do {
            for pragma in pragmas { try await connection.query(pragma, []) { _ in } }
        } catch {
            throw SQLiteErrorMapper.map(error)
        }
    }

    /// The index of the reader for a statement that only reads (`SELECT …`), if this database has readers.
    private func reader(for sql: String) -> Int? {
        guard !readers.isEmpty, sql.utf8.count >= 6 else { return nil }
        let head = sql.drop(while: \.isWhitespace).prefix(6)
        guard head.lowercased() == "select" else { return nil }
        return nextReader.next() % readers.count
    }

    // MARK: SQLExecutor

    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try TransactionScope.checkNotInside(self)
        if let index = reader(for: sql) {
            return try await readerLocks[index].withLock { try await self.run(sql, binds, on: self.readers[index]) }
        }
        defer { readCache.written() }
        return try await lock.withLock { try await self.run(sql, binds, on: self.connection) }
    }

    func cachedQuery(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await readCache.rows(sql, binds) { try await query(sql, binds) }
    }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        _ = try await query(sql, binds)
    }

    // MARK: SQLDatabase

    func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        try TransactionScope.checkNotInside(self)
        defer { readCache.written() }
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
                for (reader, lock) in zip(self.readers, self.readerLocks) { try await lock.withLock { try await reader.close() } }
                try await self.connection.close()
            } catch {
                throw SQLiteErrorMapper.map(error)
            }
        }
    }

    // MARK: Internals (call only while holding the lock)

    private func runTransaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        _ = try await run("BEGIN IMMEDIATE", [], on: connection)
        let executor = GuardedTransactionExecutor { [self] sql, binds in try await run(sql, binds, on: connection) }
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
            _ = try await run("COMMIT", [], on: connection)
        } catch {
            await rollback()
            throw error
        }
        return result
    }

    private func rollback() async {
        do {
            _ = try await run("ROLLBACK", [], on: connection)
        } catch {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing else to do.
            logger.debug("sqlite rollback failed", metadata: ["error": "\(error)"])
        }
    }

    /// Runs one statement on `connection`. On the writer, the caller must hold the lock.
    fileprivate func run(_ sql: String, _ binds: [SQLValue], on connection: SQLiteConnection) async throws -> [SQLRow] {
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

/// A thread-safe counter handing out 0, 1, 2, …
final class RoundRobin: Sendable {
    private let value = Atomic<Int>(0)

    func next() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue & Int.max }
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

import Foundation
import Storage

/// The real database with every statement it runs written down, for tests that assert how many queries a request
/// costs and which tables it touches. It forwards everything; it answers nothing itself.
public final class StatementLog: SQLDatabase, @unchecked Sendable {
    let inner: any SQLDatabase
    private let lock = NSLock()
    private var statements: [String] = []

    public init(_ inner: any SQLDatabase) { self.inner = inner }

    /// The statements run so far, oldest first.
    public var recorded: [String] { lock.withLock { statements } }

    /// Forgets what was recorded (call it right before the request under test).
    public func reset() { lock.withLock { statements.removeAll() } }

    func record(_ sql: String) { lock.withLock { statements.append(sql) } }

    public var dialect: SQLDialect { inner.dialect }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        record(sql)
        return try await inner.query(sql, binds)
    }

    public func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        record(sql)
        try await inner.execute(sql, binds)
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        try await inner.transaction { executor in try await body(LoggedExecutor(inner: executor, log: self)) }
    }

    public func ping() async -> Bool { await inner.ping() }
    public func close() async throws { try await inner.close() }
}

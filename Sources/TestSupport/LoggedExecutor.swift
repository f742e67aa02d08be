import Storage

/// A transaction's executor that writes its statements into the same log.
struct LoggedExecutor: SQLExecutor {
    let inner: any SQLExecutor
    let log: StatementLog

    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        log.record(sql)
        return try await inner.query(sql, binds)
    }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        log.record(sql)
        try await inner.execute(sql, binds)
    }
}

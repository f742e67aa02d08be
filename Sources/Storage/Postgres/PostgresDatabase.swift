import Foundation
import Logging
import PostgresNIO

/// PostgreSQL adapter over a `PostgresClient` pool. The adapter owns the task running
/// `client.run()` and cancels it in ``close()``.
final class PostgresDatabase: SQLDatabase {
    let dialect: SQLDialect = .postgres
    private let client: PostgresClient
    private let runTask: Task<Void, Never>
    private let logger: Logger
    private let state = ClosedFlag()
    private let target: String

    private init(url: PostgresURL, logger: Logger) {
        self.client = PostgresClient(configuration: url.configuration(), backgroundLogger: logger)
        let client = self.client
        self.runTask = Task { await client.run() }
        self.logger = logger
        self.target = url.redacted
    }

    deinit {
        // A database dropped without close(): stop the client's background work.
        runTask.cancel()
    }

    /// Starts a client for `url` and checks that `SELECT 1` succeeds within the URL's connect timeout.
    static func open(url: PostgresURL, logger: Logger) async throws -> PostgresDatabase {
        let database = PostgresDatabase(url: url, logger: logger)
        let timeout = Duration.seconds(url.connectTimeoutSeconds + 2)
        let outcome: Result<Void, any Error>? = await withTaskGroup(of: Result<Void, any Error>?.self) { group in
            group.addTask {
                do {
                    _ = try await database.query("SELECT 1", [])
                    return .success(())
                } catch {
                    return .failure(error)
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        switch outcome {
        case .success:
            logger.debug("connected to postgres", metadata: ["url": .string(url.redacted)])
            return database
        case .failure(let error):
            try? await database.close()
            if case StorageError.connection(let message) = error {
                throw StorageError.connection("cannot connect to \(url.redacted): \(message)")
            }
            throw error
        case nil:
            try? await database.close()
            throw StorageError.connection("cannot connect to \(url.redacted): timed out")
        }
    }

    // MARK: SQLExecutor

    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try TransactionScope.checkNotInside(self)
        try ensureOpen()
        do {
            let query = PostgresQuery(unsafeSQL: sql, binds: PostgresValueCoder.bindings(binds))
            var collected: [PostgresRow] = []
            for try await row in try await client.query(query, logger: logger) {
                collected.append(row)
            }
            return try PostgresValueCoder.rows(collected)
        } catch {
            throw PostgresErrorMapper.map(error)
        }
    }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        try TransactionScope.checkNotInside(self)
        try ensureOpen()
        do {
            let query = PostgresQuery(unsafeSQL: sql, binds: PostgresValueCoder.bindings(binds))
            for try await _ in try await client.query(query, logger: logger) {}
        } catch {
            throw PostgresErrorMapper.map(error)
        }
    }

    // MARK: SQLDatabase

    func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        try TransactionScope.checkNotInside(self)
        try ensureOpen()
        do {
            return try await client.withConnection { connection in
                try await self.runTransaction(on: connection, body)
            }
        } catch let wrapped as BodyError {
            throw wrapped.error
        } catch {
            throw PostgresErrorMapper.map(error)
        }
    }

    func ping() async -> Bool {
        guard !state.isClosed else { return false }
        return (try? await query("SELECT 1", [])).map { $0.count == 1 } ?? false
    }

    func close() async throws {
        guard state.close() else { return }
        runTask.cancel()
        await runTask.value
        logger.debug("closed postgres client", metadata: ["url": .string(target)])
    }

    // MARK: Internals

    private func ensureOpen() throws {
        if state.isClosed { throw StorageError.connection("postgres client is closed") }
    }

    /// Wraps an error thrown by the transaction body so it is rethrown unchanged.
    private struct BodyError: Error { let error: any Error }

    private func runTransaction<T: Sendable>(
        on connection: PostgresConnection,
        _ body: @Sendable (any SQLExecutor) async throws -> T
    ) async throws -> T {
        _ = try await connection.query("BEGIN", logger: logger).get()
        let logger = self.logger
        let executor = GuardedTransactionExecutor { sql, binds in
            do {
                let query = PostgresQuery(unsafeSQL: sql, binds: PostgresValueCoder.bindings(binds))
                return try PostgresValueCoder.rows(try await connection.query(query, logger: logger).get().rows)
            } catch {
                throw PostgresErrorMapper.map(error)
            }
        }
        let result: T
        do {
            result = try await TransactionScope.run(inside: self) { try await body(executor) }
        } catch {
            executor.finish()
            await rollback(connection)
            throw BodyError(error: error)
        }
        executor.finish()
        if executor.failed {
            await rollback(connection)
            throw StorageError.other("transaction rolled back: a statement inside it failed")
        }
        // PostgreSQL answers COMMIT of an aborted transaction with the tag ROLLBACK instead of an error.
        let commit = try await connection.query("COMMIT", logger: logger).get()
        if commit.metadata.command == "ROLLBACK" {
            throw StorageError.other("transaction rolled back: a statement inside it failed")
        }
        return result
    }

    private func rollback(_ connection: PostgresConnection) async {
        do {
            _ = try await connection.query("ROLLBACK", logger: logger).get()
        } catch {
            logger.warning("postgres rollback failed", metadata: ["error": "\(PostgresErrorMapper.map(error))"])
        }
    }
}

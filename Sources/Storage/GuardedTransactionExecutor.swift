import Foundation

/// The executor handed to a transaction body on either backend: runs statements through `run` (on the transaction's
/// connection) and refuses work after a statement failed or the body finished.
final class GuardedTransactionExecutor: SQLExecutor, @unchecked Sendable {
    private let run: @Sendable (String, [SQLValue]) async throws -> [SQLRow]
    private let mutex = NSLock()
    private var _failed = false
    private var finished = false

    init(run: @escaping @Sendable (String, [SQLValue]) async throws -> [SQLRow]) { self.run = run }

    /// Whether a statement failed (the transaction must roll back).
    var failed: Bool { mutex.withLock { _failed } }
    /// Called when the body returned or threw; later use throws.
    func finish() { mutex.withLock { finished = true } }

    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try mutex.withLock {
            if finished { throw StorageError.other("transaction executor used after the transaction ended") }
            if _failed {
                throw StorageError.other("current transaction is aborted; statements are ignored until it ends")
            }
        }
        do {
            return try await run(sql, binds)
        } catch {
            mutex.withLock { _failed = true }
            throw error
        }
    }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        _ = try await query(sql, binds)
    }
}

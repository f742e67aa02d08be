import Foundation
import Testing
@testable import Storage
import TestSupport

/// Plain reads run beside writes: a read sees every finished write, never a transaction's uncommitted rows, and does
/// not wait for a transaction to end (SQLite's read-only connections; PostgreSQL's pool).
@Suite("Contract: reads beside writes")
struct ConcurrentReadContractTests {
    @Test("a read sees the write that finished before it", arguments: TestDatabase.backends)
    func readsAfterWrites(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await db.execute("CREATE TABLE items (id \(ColumnTypes(db.dialect).int) PRIMARY KEY, label TEXT NOT NULL)")
            for id in 1...50 {
                try await db.execute("INSERT INTO items (id, label) VALUES ($1, $2)", [.int(Int64(id)), .text("v\(id)")])
                #expect(try await count(db, "items") == Int64(id))
                try await db.transaction { tx in try await tx.execute("UPDATE items SET label = $1 WHERE id = $2", [.text("w"), .int(Int64(id))]) }
                #expect(try await db.first("SELECT label FROM items WHERE id = $1", [.int(Int64(id))])?.string("label") == "w")
            }
        }
    }

    @Test("a read during an open transaction answers at once, with the committed rows only", arguments: TestDatabase.backends)
    func readsDoNotWaitForTransactions(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await db.execute("CREATE TABLE items (id \(ColumnTypes(db.dialect).int) PRIMARY KEY, label TEXT NOT NULL)")
            try await db.execute("INSERT INTO items (id, label) VALUES (1, 'committed')")
            let (inserted, insertedSink) = AsyncStream.makeStream(of: Void.self)
            let (release, releaseSink) = AsyncStream.makeStream(of: Void.self)
            async let transaction: Void = db.transaction { tx in
                try await tx.execute("INSERT INTO items (id, label) VALUES (2, 'pending')")
                insertedSink.yield()
                for await _ in release { break }
            }
            for await _ in inserted { break }
            // The transaction is open and holds its row: the read must not wait for it, nor see the row. A read that
            // waits for the transaction would wait forever, so after 30 s the transaction is let go and the read is nil.
            let during: Int64? = try await withThrowingTaskGroup(of: Int64?.self) { group in
                group.addTask { try await count(db, "items") }
                group.addTask {
                    try? await Task.sleep(for: .seconds(30))
                    return nil
                }
                let first = try await group.next() ?? nil
                releaseSink.yield()
                group.cancelAll()
                return first
            }
            try await transaction
            #expect(during == 1)
            #expect(try await count(db, "items") == 2)
        }
    }
}

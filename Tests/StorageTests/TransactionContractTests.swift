import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: transactions")
struct TransactionContractTests {
    private func makeTable(_ db: any SQLDatabase) async throws {
        try await db.execute("CREATE TABLE items (id \(ColumnTypes(db.dialect).int) PRIMARY KEY, label TEXT NOT NULL)")
    }

    @Test("commit on return", arguments: TestDatabase.backends)
    func commits(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await makeTable(db)
            let value = try await db.transaction { tx in
                try await tx.execute("INSERT INTO items (id, label) VALUES ($1, $2)", [.int(1), .text("a")])
                try await tx.execute("INSERT INTO items (id, label) VALUES ($1, $2)", [.int(2), .text("b")])
                // Reads inside the transaction see its own writes.
                return try await count(tx, "items")
            }
            #expect(value == 2)
            let counted1 = try await count(db, "items")
            #expect(counted1 == 2)
        }
    }

    @Test("rollback on throw leaves nothing behind", arguments: TestDatabase.backends)
    func rollsBack(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await makeTable(db)
            await #expect(throws: ExpectedTestError.self) {
                try await db.transaction { tx in
                    try await tx.execute("INSERT INTO items (id, label) VALUES ($1, $2)", [.int(1), .text("a")])
                    try await tx.execute("UPDATE items SET label = $1", [.text("changed")])
                    throw ExpectedTestError()
                }
            }
            let counted2 = try await count(db, "items")
            #expect(counted2 == 0)
            // The database is usable afterwards, including for new transactions.
            try await db.transaction { tx in
                try await tx.execute("INSERT INTO items (id, label) VALUES ($1, $2)", [.int(1), .text("a")])
            }
            let counted3 = try await count(db, "items")
            #expect(counted3 == 1)
        }
    }

    @Test("a failed statement aborts the transaction even if the body catches it", arguments: TestDatabase.backends)
    func failedStatementAborts(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await makeTable(db)
            try await db.execute("INSERT INTO items (id, label) VALUES ($1, $2)", [.int(1), .text("existing")])
            let error = await #expect(throws: StorageError.self) {
                try await db.transaction { tx in
                    try await tx.execute("INSERT INTO items (id, label) VALUES ($1, $2)", [.int(2), .text("new")])
                    do {
                        try await tx.execute("INSERT INTO items (id, label) VALUES ($1, $2)", [.int(1), .text("dup")])
                        Issue.record("duplicate insert should fail")
                    } catch StorageError.uniqueViolation {
                        // swallowed on purpose
                    }
                    do {
                        try await tx.execute("INSERT INTO items (id, label) VALUES ($1, $2)", [.int(3), .text("later")])
                        Issue.record("a statement after a failed one should fail too")
                    } catch is StorageError {
                        // expected: the transaction is aborted
                    }
                }
            }
            if case .other(let message)? = error {
                #expect(message.contains("rolled back"))
            } else {
                Issue.record("expected StorageError.other, got \(String(describing: error))")
            }
            #expect(try await db.query("SELECT id FROM items ORDER BY id", []).map { try $0.int("id") } == [1])
        }
    }

    @Test("uncommitted writes are invisible to other callers", arguments: TestDatabase.backends)
    func isolation(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await makeTable(db)
            try await withThrowingTaskGroup(of: [Int64].self) { group in
                group.addTask {
                    do {
                        try await db.transaction { tx in
                            try await tx.execute("INSERT INTO items (id, label) VALUES ($1, $2)", [.int(1), .text("tmp")])
                            try await Task.sleep(for: .milliseconds(300))
                            throw ExpectedTestError()
                        }
                    } catch is ExpectedTestError {}
                    return []
                }
                for _ in 0..<10 {
                    group.addTask {
                        try await Task.sleep(for: .milliseconds(Int.random(in: 10...250)))
                        return [try await count(db, "items")]
                    }
                }
                var seen: [Int64] = []
                for try await counts in group { seen += counts }
                #expect(seen.count == 10)
                #expect(seen.allSatisfy { $0 == 0 })
            }
        }
    }

    @Test("using the database inside its own transaction body is reported, not a deadlock", arguments: TestDatabase.backends)
    func misuseInsideBody(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await makeTable(db)
            await #expect(throws: StorageError.self) {
                try await db.transaction { _ in
                    _ = try await db.query("SELECT COUNT(*) AS n FROM items", [])
                }
            }
            await #expect(throws: StorageError.self) {
                try await db.transaction { _ in
                    try await db.transaction { _ in }
                }
            }
            #expect(await db.ping())
        }
    }

    @Test("the executor cannot be used after the transaction ended", arguments: TestDatabase.backends)
    func executorExpires(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await makeTable(db)
            let leaked = try await db.transaction { tx in tx }
            await #expect(throws: StorageError.self) {
                try await leaked.execute("INSERT INTO items (id, label) VALUES ($1, $2)", [.int(1), .text("late")])
            }
            let counted4 = try await count(db, "items")
            #expect(counted4 == 0)
        }
    }
}

import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: concurrency and lifecycle")
struct ConcurrencyContractTests {
    @Test("many tasks querying at once all succeed", arguments: TestDatabase.backends)
    func manyTasks(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            let t = ColumnTypes(db.dialect)
            try await db.execute("CREATE TABLE hits (id \(t.int) PRIMARY KEY, worker \(t.int) NOT NULL)")
            try await db.execute("CREATE TABLE counter (id \(t.int) PRIMARY KEY, n \(t.int) NOT NULL)")
            try await db.execute("INSERT INTO counter (id, n) VALUES (1, 0)")

            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<60 {
                    group.addTask {
                        switch worker % 3 {
                        case 0:
                            try await db.execute("INSERT INTO hits (id, worker) VALUES ($1, $2)",
                                                 [.int(Int64(worker)), .int(Int64(worker))])
                            let rows = try await db.query("SELECT worker FROM hits WHERE id = $1", [.int(Int64(worker))])
                            #expect(try rows.map { try $0.int("worker") } == [Int64(worker)])
                        case 1:
                            try await db.transaction { tx in
                                try await tx.execute("UPDATE counter SET n = n + 1 WHERE id = 1", [])
                                try await tx.execute("INSERT INTO hits (id, worker) VALUES ($1, $2)",
                                                     [.int(Int64(worker)), .int(Int64(worker))])
                            }
                        default:
                            _ = try await db.query("SELECT COUNT(*) AS n FROM hits", [])
                            #expect(await db.ping())
                        }
                    }
                }
                try await group.waitForAll()
            }
            let counted1 = try await count(db, "hits")
            #expect(counted1 == 40)
            #expect(try await db.query("SELECT n FROM counter", [])[0].int("n") == 20)
        }
    }

    @Test("a closed database reports it", arguments: TestDatabase.backends)
    func closed(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            #expect(await db.ping())
            try await db.close()
            #expect(await db.ping() == false)
            await #expect(throws: StorageError.self) { try await db.query("SELECT 1", []) }
            do {
                _ = try await db.query("SELECT 1", [])
            } catch let error as StorageError {
                guard case .connection = error else {
                    Issue.record("expected .connection, got \(error)")
                    return
                }
            }
            try await db.close()  // closing twice is fine
        }
    }

    @Test("dialect matches the backend", arguments: TestDatabase.backends)
    func dialect(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            #expect(db.dialect.rawValue == backend.rawValue)
        }
    }
}

import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: $N placeholders")
struct PlaceholderContractTests {
    @Test("reused and out-of-order placeholders", arguments: TestDatabase.backends)
    func reusedAndOutOfOrder(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await db.execute("CREATE TABLE p (a TEXT, b TEXT, c TEXT)")
            try await db.execute("INSERT INTO p (a, b, c) VALUES ($2, $1, $2)", [.text("one"), .text("two")])
            let row = try #require(try await db.query("SELECT a, b, c FROM p", []).first)
            #expect(try row.string("a") == "two")
            #expect(try row.string("b") == "one")
            #expect(try row.string("c") == "two")

            let matches = try await db.query("SELECT b FROM p WHERE a = $1 AND c = $1 AND b = $2", [.text("two"), .text("one")])
            #expect(matches.count == 1)
        }
    }

    @Test("placeholders inside string literals are left alone", arguments: TestDatabase.backends)
    func literalsUntouched(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            let rows = try await db.query("SELECT 'costs $1 or ''$2''' AS s, $1 AS v", [.text("x")])
            #expect(try rows[0].string("s") == "costs $1 or '$2'")
            #expect(try rows[0].string("v") == "x")
        }
    }

    @Test("too few binds is an error", arguments: TestDatabase.backends)
    func tooFewBinds(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await db.execute("CREATE TABLE p (a TEXT, b TEXT)")
            await #expect(throws: StorageError.self) {
                try await db.execute("INSERT INTO p (a, b) VALUES ($1, $2)", [.text("only one")])
            }
            let counted1 = try await count(db, "p")
            #expect(counted1 == 0)
            // The database stays usable.
            #expect(await db.ping())
        }
    }

    @Test("upsert with ON CONFLICT and RETURNING", arguments: TestDatabase.backends)
    func upsertReturning(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend, migrated: false) { db, _ in
            try await db.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v \(ColumnTypes(db.dialect).int) NOT NULL)")
            let upsert = """
                INSERT INTO kv (k, v) VALUES ($1, $2)
                ON CONFLICT (k) DO UPDATE SET v = kv.v + excluded.v
                RETURNING k, v
                """
            let first = try await db.query(upsert, [.text("laps"), .int(3)])
            #expect(try first.map { try $0.int("v") } == [3])
            let second = try await db.query(upsert, [.text("laps"), .int(4)])
            #expect(try second.map { try $0.int("v") } == [7])
            let counted2 = try await count(db, "kv")
            #expect(counted2 == 1)
        }
    }
}

import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Read cache")
struct ReadCacheTests {
    private let row = [SQLRow(columns: ["v"], values: [.text("a")])]

    /// Counts how often the cache went to the database.
    private struct Reads: Sendable {
        private let count = Locked(0)
        var value: Int { count.value }
        func read(_ rows: [SQLRow]) -> [SQLRow] {
            count.withLock { $0 += 1 }
            return rows
        }
    }

    @Test func aRepeatedReadIsAnsweredFromMemoryUntilAWrite() async throws {
        let cache = ReadCache()
        let reads = Reads()
        _ = try await cache.rows("SELECT v FROM t WHERE id = $1", [.text("x")]) { reads.read(row) }
        _ = try await cache.rows("SELECT v FROM t WHERE id = $1", [.text("x")]) { reads.read(row) }
        #expect(reads.value == 1)
        _ = try await cache.rows("SELECT v FROM t WHERE id = $1", [.text("y")]) { reads.read(row) }
        #expect(reads.value == 2, "other binds are another read")
        cache.written()
        _ = try await cache.rows("SELECT v FROM t WHERE id = $1", [.text("x")]) { reads.read(row) }
        #expect(reads.value == 3, "a write makes every earlier answer stale")
    }

    @Test func aReadThatRacedAWriteIsNotKept() async throws {
        let cache = ReadCache()
        let reads = Reads()
        _ = try await cache.rows("SELECT 1", []) {
            cache.written()   // a write finished while this read ran: its answer may predate it
            return reads.read(row)
        }
        _ = try await cache.rows("SELECT 1", []) { reads.read(row) }
        #expect(reads.value == 2)
    }

    @Test func answersExpireAfterTheirAgeBound() async throws {
        let cache = ReadCache(maxAge: .milliseconds(50))
        let reads = Reads()
        _ = try await cache.rows("SELECT 1", []) { reads.read(row) }
        try await Task.sleep(for: .milliseconds(80))
        _ = try await cache.rows("SELECT 1", []) { reads.read(row) }
        #expect(reads.value == 2, "another process may have written meanwhile")
    }

    @Test func largeAnswersAreNotKept() async throws {
        let cache = ReadCache(maxBytes: 64 * 1024)
        let reads = Reads()
        let large = [SQLRow(columns: ["v"], values: [.text(String(repeating: "x", count: 2048))])]
        _ = try await cache.rows("SELECT big", []) { reads.read(large) }
        _ = try await cache.rows("SELECT big", []) { reads.read(large) }
        #expect(reads.value == 2)
    }

    @Test("a cached read sees every committed write: statements and transactions", arguments: TestDatabase.backends)
    func cachedReadsFollowWrites(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            try await db.execute("CREATE TABLE cache_probe (id TEXT PRIMARY KEY, v TEXT NOT NULL)")
            try await db.execute("INSERT INTO cache_probe (id, v) VALUES ($1, $2)", [.text("k"), .text("one")])
            func value() async throws -> String? {
                try await db.cachedQuery("SELECT v FROM cache_probe WHERE id = $1", [.text("k")]).first?.string("v")
            }
            #expect(try await value() == "one")
            #expect(try await value() == "one")
            try await db.execute("UPDATE cache_probe SET v = $1 WHERE id = $2", [.text("two"), .text("k")])
            #expect(try await value() == "two")
            try await db.transaction { tx in
                try await tx.execute("UPDATE cache_probe SET v = $1 WHERE id = $2", [.text("three"), .text("k")])
            }
            #expect(try await value() == "three")
            try await db.execute("DELETE FROM cache_probe WHERE id = $1", [.text("k")])
            #expect(try await value() == nil)
        }
    }
}

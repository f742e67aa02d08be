import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: share and rate-limit stores")
struct SharingStoresContractTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)

    func session(_ db: any SQLDatabase, _ id: String, owner: String?, expiresAt: Date? = nil) async throws -> SessionRecord {
        guard let owner else { return sessionRecord(id, owner: nil, createdAt: now, expiresAt: expiresAt) }
        return try await storeSession(db, id, owner: owner, createdAt: now)
    }

    @Test("a link is found by its token hash with the session it publishes, and only its owner lists or revokes it",
          arguments: TestDatabase.backends)
    func linkLifecycle(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            let alex = try await makeUser(db, "alex")
            let jordan = try await makeUser(db, "jordan")
            let s1 = try await session(db, "s1", owner: alex)
            let store = SQLShareStore(database: db)
            // when
            let link = try await store.create(tokenHash: "h1", session: s1, OwnerScope(userID: alex), now: now)
            // then
            #expect(link.expiresAt.timeIntervalSince(link.createdAt) == ShareLink.lifetime)
            let found = try #require(try await store.locate(tokenHash: "h1"))
            #expect(found.link == link && found.session.sessionID == "s1" && found.inviterName == "Alex" && found.tokenHash == "h1")
            #expect(try await store.locate(tokenHash: "h2") == nil)
            #expect(try await store.owned(id: link.id, OwnerScope(userID: jordan)) == nil)
            #expect(try await store.list(OwnerScope(userID: jordan)).isEmpty)
            #expect(try await store.list(OwnerScope(userID: alex)).map(\.link.id) == [link.id])
            #expect(try await store.revoke(id: link.id, OwnerScope(userID: jordan)) == false)
            #expect(try await store.revoke(id: link.id, OwnerScope(userID: alex)))
            #expect(try await store.locate(tokenHash: "h1") == nil)
        }
    }

    @Test("nobody creates a link for a session they do not own", arguments: TestDatabase.backends)
    func createIsScopedToTheOwner(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            let jordan = try await makeUser(db, "jordan")
            let s1 = try await session(db, "s1", owner: alex)
            await #expect(throws: StorageError.self) {
                _ = try await SQLShareStore(database: db).create(tokenHash: "h1", session: s1, OwnerScope(userID: jordan), now: now)
            }
            #expect(try await db.query("SELECT id FROM share_links").isEmpty)
        }
    }

    @Test("a challenge stores the ownerless session and the report together; the sweep deletes the session when it expires",
          arguments: TestDatabase.backends)
    func challengeAndExpiry(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            let alex = try await makeUser(db, "alex")
            let s1 = try await session(db, "s1", owner: alex)
            let store = SQLShareStore(database: db)
            let link = try await store.create(tokenHash: "h1", session: s1, OwnerScope(userID: alex), now: now)
            let challenger = try await session(db, "c1", owner: nil, expiresAt: now.addingTimeInterval(24 * 3600))
            // when
            _ = try await store.recordChallenge(link, challenger: challenger,
                                                file: StoredFile(filename: "c1.csv", encoding: .identity, originalSize: 1, content: [2]),
                                                reportJSON: #"{"delta_s":1.5}"#, now: now)
            let sessions = SQLSessionStore(database: db)
            let early = try await sessions.purgeExpired(now: now.addingTimeInterval(3600))
            let late = try await sessions.purgeExpired(now: now.addingTimeInterval(24 * 3600 + 1))
            // then
            #expect(early.isEmpty && late == ["c1"])
            #expect(try await sessions.locate(id: "s1") != nil)
            let latest = try #require(try await store.latestComparison(link))
            #expect(latest.reportJSON == #"{"delta_s":1.5}"# && latest.challengerSessionID == nil)
            #expect(try await store.list(OwnerScope(userID: alex)).first?.comparisons == 1)
        }
    }

    @Test("rate limits: a rolling window per key, atomic check-and-record, retry-after from the oldest event",
          arguments: TestDatabase.backends)
    func rateLimits(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLRateLimitStore(database: db)
            let ip = RateLimitRule(scope: "anon_ip", key: "198.51.100.7", limit: 3, window: 86400)
            let global = RateLimitRule(scope: "anon_all", key: "*", limit: 4, window: 86400)
            for minute in 0..<3 {
                #expect(try await store.acquire([ip, global], now: now.addingTimeInterval(Double(minute) * 60)) == .allowed)
            }
            let refused = try await store.acquire([ip, global], now: now.addingTimeInterval(600))
            #expect(refused == .limited(ip, retryAfter: 86400 - 600))
            var other = ip
            other.key = "203.0.113.9"
            #expect(try await store.acquire([other, global], now: now.addingTimeInterval(600)) == .allowed)
            guard case .limited(let rule, _) = try await store.acquire([other, global], now: now.addingTimeInterval(700)) else {
                Issue.record("the global cap should refuse the fifth event")
                return
            }
            #expect(rule == global)
            #expect(try await store.acquire([ip], now: now.addingTimeInterval(86400 + 1)) == .allowed, "the window rolls")
            #expect(try await store.purge(before: now.addingTimeInterval(86400)) == 7, "the seven events left from the first day")
            #expect(try await db.query("SELECT scope FROM rate_limit_hits").count == 1)
            #expect(try await db.query("SELECT scope FROM rate_limit_buckets").count == 1)
        }
    }

    @Test("rate limits hold under concurrent requests for the same key", arguments: TestDatabase.backends)
    func concurrentRateLimits(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLRateLimitStore(database: db)
            let rule = RateLimitRule(scope: "burst", key: "k", limit: 5, window: 3600)
            let now = self.now
            let allowed = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<20 { group.addTask { try await store.acquire([rule], now: now) == .allowed } }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(allowed == 5)
        }
    }
}

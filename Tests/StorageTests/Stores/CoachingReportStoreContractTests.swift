import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: coaching report store")
struct CoachingReportStoreContractTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    let job = CoachingJob(sessionID: "s1", skillLevel: "novice")

    func seeded(_ db: any SQLDatabase) async throws -> SQLCoachingReportStore {
        try await storeSession(db, "s1", owner: try await makeUser(db, "alex"), createdAt: now)
        return SQLCoachingReportStore(database: db)
    }

    @Test("a queued job is claimed once, finished by its claimant only, and read back", arguments: TestDatabase.backends)
    func lifecycle(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            let store = try await seeded(db)
            let queued = try await store.queue(sessionID: "s1", skillLevel: "novice", .ifAbsent, now: now)
            // when
            let first = try await store.claim(limit: 3, worker: "w1", now: now, leaseCutoff: now.addingTimeInterval(-300))
            let second = try await store.claim(limit: 3, worker: "w2", now: now, leaseCutoff: now.addingTimeInterval(-300))
            let byOther = try await store.finish(job, worker: "w2", status: .ready, generatedBy: "builtin", reportJSON: "{}", now: now)
            let byClaimant = try await store.finish(job, worker: "w1", status: .ready, generatedBy: "builtin",
                                                    reportJSON: #"{"a":1}"#, now: now.addingTimeInterval(1))
            // then
            #expect(queued.status == .generating && queued.startedAt == now)
            #expect(first == [job] && second.isEmpty)
            #expect(!byOther && byClaimant)
            let stored = try #require(try await store.report(sessionID: "s1", skillLevel: "novice"))
            #expect(stored.status == .ready && stored.generatedBy == "builtin" && stored.reportJSON == #"{"a":1}"#)
            #expect(try await store.latestReady(sessionID: "s1") == stored)
        }
    }

    @Test("a job whose claim outlived the lease is taken up again", arguments: TestDatabase.backends)
    func expiredClaimIsRetaken(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = try await seeded(db)
            _ = try await store.queue(sessionID: "s1", skillLevel: "novice", .ifAbsent, now: now)
            _ = try await store.claim(limit: 1, worker: "crashed", now: now, leaseCutoff: now.addingTimeInterval(-300))
            let later = now.addingTimeInterval(600)
            #expect(try await store.claim(limit: 1, worker: "w2", now: later, leaseCutoff: later.addingTimeInterval(-300)) == [job])
            #expect(try await store.finish(job, worker: "crashed", status: .ready, generatedBy: "x", reportJSON: "{}", now: later) == false)
        }
    }

    @Test("queueing if absent leaves any row alone; unless generating replaces a written report only", arguments: TestDatabase.backends)
    func queueing(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = try await seeded(db)
            #expect(try await store.insertReady(job, generatedBy: "builtin", reportJSON: "{}", now: now))
            #expect(try await store.insertReady(job, generatedBy: "builtin", reportJSON: "{}", now: now) == false)
            #expect(try await store.queue(sessionID: "s1", skillLevel: "novice", .ifAbsent, now: now).status == .ready)
            let replaced = try await store.queue(sessionID: "s1", skillLevel: "novice", .unlessGenerating, now: now.addingTimeInterval(5))
            #expect(replaced.status == .generating && replaced.reportJSON == nil && replaced.startedAt == now.addingTimeInterval(5))
            let again = try await store.queue(sessionID: "s1", skillLevel: "novice", .unlessGenerating, now: now.addingTimeInterval(9))
            #expect(again.startedAt == now.addingTimeInterval(5))
        }
    }

    @Test("stale marks written reports; deleting the session deletes its reports", arguments: TestDatabase.backends)
    func staleAndCascade(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = try await seeded(db)
            _ = try await store.insertReady(job, generatedBy: "builtin", reportJSON: "{}", now: now)
            try await store.markStale(sessionID: "s1")
            #expect(try await store.report(sessionID: "s1", skillLevel: "novice")?.stale == true)
            let owner = try #require(try await SQLSessionStore(database: db).locate(id: "s1")?.ownerID)
            #expect(try await SQLSessionStore(database: db).delete(id: "s1", OwnerScope(userID: owner)))
            #expect(try await store.report(sessionID: "s1", skillLevel: "novice") == nil)
        }
    }

    @Test("two forced regenerations per user and UTC day, counted in the database", arguments: TestDatabase.backends)
    func regenerationLimit(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            let store = SQLCoachingReportStore(database: db)
            #expect(try await store.useRegeneration(userID: alex, utcDay: "2026-12-05", limit: 2))
            #expect(try await store.useRegeneration(userID: alex, utcDay: "2026-12-05", limit: 2))
            #expect(try await store.useRegeneration(userID: alex, utcDay: "2026-12-05", limit: 2) == false)
            #expect(try await store.regenerationsUsed(userID: alex, utcDay: "2026-12-05") == 2)
            #expect(try await store.useRegeneration(userID: alex, utcDay: "2026-12-06", limit: 2))
        }
    }

    @Test("two workers claiming at once never take the same job", arguments: TestDatabase.backends)
    func concurrentClaims(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            for index in 0..<12 { try await storeSession(db, "c\(index)", owner: alex, createdAt: now) }
            let store = SQLCoachingReportStore(database: db)
            for index in 0..<12 { _ = try await store.queue(sessionID: "c\(index)", skillLevel: "advanced", .ifAbsent, now: now) }
            let claims = try await withThrowingTaskGroup(of: [CoachingJob].self) { group in
                for worker in 0..<4 {
                    group.addTask {
                        var mine: [CoachingJob] = []
                        for _ in 0..<6 { mine += try await store.claim(limit: 2, worker: "w\(worker)", now: now, leaseCutoff: now.addingTimeInterval(-300)) }
                        return mine
                    }
                }
                return try await group.reduce(into: [CoachingJob]()) { $0 += $1 }
            }
            #expect(claims.count == 12)
            #expect(Set(claims).count == 12)
        }
    }
}

@Suite("Contract: coaching feedback store")
struct CoachingFeedbackStoreContractTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)

    @Test("a rating replaces the user's earlier one for the section; 0 removes it; the session's deletion removes all",
          arguments: TestDatabase.backends)
    func lifecycle(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            let jordan = try await makeUser(db, "jordan")
            try await storeSession(db, "s1", owner: alex, createdAt: now)
            let store = SQLCoachingFeedbackStore(database: db)
            try await store.set(SectionFeedback(sessionID: "s1", userID: alex, section: "summary", rating: 1, comment: "ok", createdAt: now))
            try await store.set(SectionFeedback(sessionID: "s1", userID: alex, section: "summary", rating: -1, comment: nil, createdAt: now))
            try await store.set(SectionFeedback(sessionID: "s1", userID: jordan, section: "summary", rating: 1, comment: nil, createdAt: now))
            #expect(try await store.feedback(sessionID: "s1", userID: alex).map(\.rating) == [-1])
            try await store.set(SectionFeedback(sessionID: "s1", userID: alex, section: "summary", rating: 0, comment: nil, createdAt: now))
            #expect(try await store.feedback(sessionID: "s1", userID: alex).isEmpty)
            #expect(try await store.feedback(sessionID: "s1", userID: jordan).count == 1)
            #expect(try await SQLSessionStore(database: db).delete(id: "s1", OwnerScope(userID: alex)))
            #expect(try await store.feedback(sessionID: "s1", userID: jordan).isEmpty)
        }
    }
}

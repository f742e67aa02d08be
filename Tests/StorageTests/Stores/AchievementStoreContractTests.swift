import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: achievement store")
struct AchievementStoreContractTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)

    @Test("the migration seeds the 18 badges of §8.1 in catalogue order", arguments: TestDatabase.backends)
    func catalogue(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let definitions = try await SQLAchievementStore(database: db).definitions()
            #expect(definitions.count == 18)
            #expect(definitions.first?.id == "first_session" && definitions.last?.id == "track_nomad")
            #expect(definitions.map(\.criteriaType).filter { $0 == "session_count" }.count == 5)
            let addict = try #require(definitions.first { $0.id == "track_addict" })
            #expect(addict.criteriaValue == 50 && addict.tier == "platinum" && addict.icon == "crown" && addict.category == "milestones")
        }
    }

    @Test("progress counts only the user's own sessions", arguments: TestDatabase.backends)
    func progress(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex"), jordan = try await makeUser(db, "jordan")
            var a = sessionRecord("a1", owner: alex, consistency: 71.5)
            a.nLaps = 8
            var b = sessionRecord("a2", owner: alex, track: "Road Atlanta", consistency: nil)
            b.nLaps = 5
            var c = sessionRecord("j1", owner: jordan, consistency: 99)
            c.nLaps = 40
            for record in [a, b, c] { try await storeSession(db, record) }
            let store = SQLAchievementStore(database: db)
            #expect(try await store.progress(userID: alex) == AchievementProgress(sessionCount: 2, totalLaps: 13, bestConsistencyScore: 71.5, trackCount: 2))
            let nobody = try await makeUser(db, "nobody")
            #expect(try await store.progress(userID: nobody) == AchievementProgress(sessionCount: 0, totalLaps: 0, bestConsistencyScore: nil, trackCount: 0))
        }
    }

    @Test("a badge unlocks once even when two evaluations race; acknowledging clears 'new'", arguments: TestDatabase.backends)
    func unlockOnce(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            let alex = try await makeUser(db, "alex")
            let store = SQLAchievementStore(database: db)
            // when
            async let first = store.unlock(["first_session", "century_laps"], userID: alex, sessionID: "s1", now: now)
            async let second = store.unlock(["first_session"], userID: alex, sessionID: "s2", now: now)
            let (one, two) = try await (first, second)
            // then
            #expect((one + two).filter { $0 == "first_session" }.count == 1 && one.contains("century_laps"))
            let unlocks = try await store.unlocks(userID: alex)
            #expect(unlocks.count == 2 && unlocks.allSatisfy { $0.isNew && $0.unlockedAt == now })
            #expect(try await store.unlock(["first_session"], userID: alex, sessionID: "s3", now: now).isEmpty)
            #expect(try await store.acknowledge(userID: alex) == 2)
            #expect(try await store.acknowledge(userID: alex) == 0)
            #expect(try await store.unlocks(userID: alex).allSatisfy { !$0.isNew })
        }
    }
}

import Foundation
import Testing
@testable import Storage
import TestSupport
import TelemetryCore

@Suite("Contract: leaderboard store")
struct LeaderboardStoreContractTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    let track = "Barber Motorsports Park"

    func session(_ db: any SQLDatabase, _ id: String, owner: String) async throws -> SessionRecord {
        try await storeSession(db, id, owner: owner, createdAt: now)
    }

    func records(_ times: [Double], speed: Double) -> [CornerRecord] {
        times.enumerated().map { index, time in
            CornerRecord(cornerNumber: index + 1, lapNumber: 5, sectorTimeS: time, minSpeedMps: speed,
                              brakePointM: index == 0 ? nil : 100.0 * Double(index), consistencyCV: 0.02 * Double(index + 1))
        }
    }

    @Test("boards and kings only ever contain opted-in users; kings follow opt-in changes", arguments: TestDatabase.backends)
    func optInDecides(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            let alex = try await makeUser(db, "alex")
            let jordan = try await makeUser(db, "jordan")
            let store = SQLLeaderboardStore(database: db)
            try await store.setOptIn(true, OwnerScope(userID: alex), now: now)
            try await store.replaceRecords(records([4.0, 6.0], speed: 20), of: try await session(db, "a1", owner: alex),
                                           OwnerScope(userID: alex), now: now)
            try await store.replaceRecords(records([3.5, 6.5], speed: 22), of: try await session(db, "j1", owner: jordan),
                                           OwnerScope(userID: jordan), now: now)
            // then: jordan is faster at corner 1 but has not opted in
            #expect(try await store.board(track: track, corner: 1, category: .sectorTime, limit: 10).map(\.userName) == ["Alex"])
            #expect(try await store.kings(track: track).map(\.userName) == ["Alex", "Alex"])
            // when jordan opts in
            try await store.setOptIn(true, OwnerScope(userID: jordan), now: now)
            let board = try await store.board(track: track, corner: 1, category: .sectorTime, limit: 10)
            #expect(board.map(\.userName) == ["Jordan", "Alex"] && board.map(\.rank) == [1, 2])
            #expect(board.map(\.isKing) == [true, false])
            #expect(try await store.kings(track: track).map { "\($0.cornerNumber):\($0.userName)" } == ["1:Jordan", "2:Alex"])
            #expect(try await store.board(track: track, corner: 1, category: .minSpeed, limit: 10).map(\.userName) == ["Jordan", "Alex"])
            #expect(try await store.board(track: track, corner: 1, category: .brakePoint, limit: 10).isEmpty, "null brake points are left out")
            #expect(try await store.board(track: track, corner: 1, category: .sectorTime, limit: 1).count == 1)
            #expect(try await store.board(track: "barber motorsports park", corner: 1, category: .sectorTime, limit: 10).isEmpty,
                    "track names match exactly")
            // when jordan opts out again
            try await store.setOptIn(false, OwnerScope(userID: jordan), now: now)
            #expect(try await store.kings(track: track).map(\.userName) == ["Alex", "Alex"])
            #expect(try await store.isOptedIn(OwnerScope(userID: jordan)) == false)
        }
    }

    @Test("one row per user: their best record at the corner", arguments: TestDatabase.backends)
    func bestPerUser(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            let store = SQLLeaderboardStore(database: db)
            try await store.setOptIn(true, OwnerScope(userID: alex), now: now)
            try await store.replaceRecords(records([4.0], speed: 20), of: try await session(db, "a1", owner: alex),
                                           OwnerScope(userID: alex), now: now)
            try await store.replaceRecords(records([3.8], speed: 19), of: try await session(db, "a2", owner: alex),
                                           OwnerScope(userID: alex), now: now)
            let board = try await store.board(track: track, corner: 1, category: .sectorTime, limit: 10)
            #expect(board.count == 1 && board[0].sectorTimeS == 3.8 && board[0].sessionID == "a2")
            let speed = try await store.board(track: track, corner: 1, category: .minSpeed, limit: 10)
            #expect(speed.count == 1 && speed[0].minSpeedMps == 20 && speed[0].sessionID == "a1")
            // deleting the record-holding session: its records go with it, kings recompute from the rest
            _ = try await SQLSessionStore(database: db).delete(id: "a2", OwnerScope(userID: alex))
            try await store.recomputeKings(track: track, now: now)
            #expect(try await store.kings(track: track).map(\.bestTimeS) == [4.0])
        }
    }

    @Test("records are written only for the caller's own session", arguments: TestDatabase.backends)
    func recordsAreScoped(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            let jordan = try await makeUser(db, "jordan")
            let a1 = try await session(db, "a1", owner: alex)
            await #expect(throws: StorageError.self) {
                try await SQLLeaderboardStore(database: db).replaceRecords(records([1.0], speed: 30), of: a1,
                                                                           OwnerScope(userID: jordan), now: now)
            }
            #expect(try await db.query("SELECT id FROM corner_records").isEmpty)
        }
    }
}

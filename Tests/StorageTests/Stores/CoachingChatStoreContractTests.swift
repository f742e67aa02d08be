import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: coaching chat store")
struct CoachingChatStoreContractTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)

    func message(_ role: ChatMessage.Role, _ text: String, seed: Bool = false, at offset: TimeInterval = 0) -> ChatMessage {
        ChatMessage(role: role, content: text, seed: seed, createdAt: now.addingTimeInterval(offset))
    }

    @Test("each user has their own conversation about a session, oldest first", arguments: TestDatabase.backends)
    func perSessionAndUser(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            let alex = try await makeUser(db, "alex"), morgan = try await makeUser(db, "morgan")
            try await storeSession(db, "s1", owner: alex, createdAt: now)
            let store = SQLCoachingChatStore(database: db)
            // when
            try await store.append([message(.assistant, "Summary", seed: true), message(.user, "T5?", at: 1),
                                    message(.assistant, "T5 answer", at: 2)], sessionID: "s1", userID: alex, keep: 12)
            try await store.append([message(.user, "Mine", at: 3)], sessionID: "s1", userID: morgan, keep: 12)
            // then
            let alexs = try await store.conversation(sessionID: "s1", userID: alex)
            #expect(alexs.map(\.content) == ["Summary", "T5?", "T5 answer"])
            #expect(alexs.map(\.seed) == [true, false, false] && alexs.map(\.role) == [.assistant, .user, .assistant])
            #expect(alexs[1].createdAt == now.addingTimeInterval(1))
            #expect(try await store.conversation(sessionID: "s1", userID: morgan).map(\.content) == ["Mine"])
        }
    }

    @Test("the history keeps the seed and the last messages only", arguments: TestDatabase.backends)
    func boundedHistory(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            try await storeSession(db, "s1", owner: alex, createdAt: now)
            let store = SQLCoachingChatStore(database: db)
            try await store.append([message(.assistant, "Summary", seed: true)], sessionID: "s1", userID: alex, keep: 4)
            for i in 1...5 {
                try await store.append([message(.user, "q\(i)", at: Double(i)), message(.assistant, "a\(i)", at: Double(i))],
                                       sessionID: "s1", userID: alex, keep: 4)
            }
            #expect(try await store.conversation(sessionID: "s1", userID: alex).map(\.content) == ["Summary", "q4", "a4", "q5", "a5"])
        }
    }

    @Test("deleting the session deletes its conversations", arguments: TestDatabase.backends)
    func cascade(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            try await storeSession(db, "s1", owner: alex, createdAt: now)
            let store = SQLCoachingChatStore(database: db)
            try await store.append([message(.user, "T5?")], sessionID: "s1", userID: alex, keep: 12)
            _ = try await SQLSessionStore(database: db).delete(id: "s1", OwnerScope(userID: alex))
            #expect(try await store.conversation(sessionID: "s1", userID: alex).isEmpty)
        }
    }
}

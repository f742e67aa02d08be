import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: note and sticky stores")
struct NoteStickyStoreContractTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)

    func note(_ id: String, owner: String, session: String? = nil, pinned: Bool = false, anchor: String? = nil,
              at offset: TimeInterval = 0) -> NoteRecord {
        NoteRecord(id: id, ownerID: owner, sessionID: session, anchorType: anchor, anchorID: anchor == nil ? nil : "T5",
                   anchorMetaJSON: anchor == nil ? nil : #"{"lap":7}"#, content: "note \(id)", isPinned: pinned, color: nil,
                   createdAt: now + offset, updatedAt: now + offset)
    }

    func sticky(_ id: String, owner: String, scope: String = "global", at offset: TimeInterval = 0) -> StickyRecord {
        StickyRecord(id: id, ownerID: owner, posX: 0.5, posY: 1.25, content: "", tone: "amber", collapsed: true, viewScope: scope,
                     createdAt: now + offset, updatedAt: now + offset)
    }

    @Test("notes: filters, pinned-then-recent order, partial update and the session cascade", arguments: TestDatabase.backends)
    func notes(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex"), jordan = try await makeUser(db, "jordan")
            try await storeSession(db, "s1", owner: alex, createdAt: now)
            let store = SQLNoteStore(database: db)
            #expect(try await store.create(note("n1", owner: alex, at: 1), limit: 10))
            #expect(try await store.create(note("n2", owner: alex, session: "s1", anchor: "corner", at: 2), limit: 10))
            #expect(try await store.create(note("n3", owner: alex, pinned: true, at: 0), limit: 10))
            #expect(try await store.create(note("j1", owner: jordan), limit: 10))

            #expect(try await store.notes(ownerID: alex, NoteFilter()).map(\.id) == ["n3", "n2", "n1"])
            #expect(try await store.notes(ownerID: alex, NoteFilter(sessionID: "s1", globalOnly: true)).map(\.id) == ["n2"])
            #expect(try await store.notes(ownerID: alex, NoteFilter(globalOnly: true)).map(\.id) == ["n3", "n1"])
            #expect(try await store.notes(ownerID: alex, NoteFilter(anchorType: "corner")).map(\.id) == ["n2"])
            #expect(try await store.notes(ownerID: jordan, NoteFilter()).map(\.id) == ["j1"])

            var changes = NoteChanges()
            changes.content = .set("Brake one car length later")
            changes.anchorMetaJSON = .set(nil)
            changes.color = .set("blue")
            let updated = try #require(try await store.update(noteID: "n2", changes, now: now + 10))
            #expect(updated.content == "Brake one car length later" && updated.anchorMetaJSON == nil && updated.color == "blue")
            #expect(updated.anchorType == "corner" && updated.anchorID == "T5" && updated.sessionID == "s1")
            #expect(updated.createdAt == now + 2 && updated.updatedAt == now + 10)
            #expect(try await store.locate(noteID: "n2") == updated)
            #expect(try await store.update(noteID: "missing", changes, now: now) == nil)

            _ = try await SQLSessionStore(database: db).delete(id: "s1", OwnerScope(userID: alex))
            #expect(try await store.locate(noteID: "n2") == nil)
            #expect(try await store.delete(noteID: "n1"))
            #expect(try await !store.delete(noteID: "n1"))
            #expect(try await store.notes(ownerID: alex, NoteFilter()).map(\.id) == ["n3"])
        }
    }

    @Test("the per-user cap holds under concurrent creates, for each owner separately", arguments: TestDatabase.backends)
    func capHoldsUnderConcurrency(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex"), jordan = try await makeUser(db, "jordan")
            let notes = SQLNoteStore(database: db), stickies = SQLStickyStore(database: db)
            let created = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<12 {
                    group.addTask { try await notes.create(note("a\(index)", owner: alex), limit: 5) }
                    group.addTask { try await stickies.create(sticky("k\(index)", owner: alex), limit: 3) }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(created == 5 + 3)
            #expect(try await notes.notes(ownerID: alex, NoteFilter()).count == 5)
            #expect(try await stickies.stickies(ownerID: alex, viewScope: nil).count == 3)
            #expect(try await notes.create(note("j1", owner: jordan), limit: 5))
        }
    }

    @Test("stickies: scoped lists leave out the global ones; updates change only what is given", arguments: TestDatabase.backends)
    func stickiesScopesAndUpdates(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            let store = SQLStickyStore(database: db)
            #expect(try await store.create(sticky("k1", owner: alex, at: 1), limit: 50))
            #expect(try await store.create(sticky("k2", owner: alex, scope: "report", at: 2), limit: 50))
            #expect(try await store.stickies(ownerID: alex, viewScope: nil).map(\.id) == ["k2", "k1"])
            #expect(try await store.stickies(ownerID: alex, viewScope: "report").map(\.id) == ["k2"])
            #expect(try await store.stickies(ownerID: alex, viewScope: "debrief").isEmpty)
            var changes = StickyChanges()
            changes.posY = .set(3.5)
            changes.collapsed = .set(false)
            let moved = try #require(try await store.update(stickyID: "k1", changes, now: now + 5))
            #expect(moved.posX == 0.5 && moved.posY == 3.5 && !moved.collapsed && moved.tone == "amber" && moved.updatedAt == now + 5)
            #expect(try await store.stickies(ownerID: alex, viewScope: nil).map(\.id) == ["k1", "k2"])
            #expect(try await store.delete(stickyID: "k2"))
            #expect(try await store.locate(stickyID: "k2") == nil)
        }
    }
}

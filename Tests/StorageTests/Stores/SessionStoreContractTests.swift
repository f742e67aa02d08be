import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: session store")
struct SessionStoreContractTests {
    func record(_ id: String, owner: String, sha: String, started: Date? = nil) -> SessionRecord {
        SessionRecord(sessionID: id, ownerID: owner, trackName: "Barber Motorsports Park", sessionDate: "15/02/2026 17:03",
                      sessionStartedAt: started, filename: "a.csv", contentSHA256: sha, nLaps: 8, nCleanLaps: 7,
                      bestLapTimeS: 111.719, top3AvgTimeS: 112.0, avgLapTimeS: 113.0, consistencyScore: nil,
                      snapshotJSON: "{}", createdAt: Date())
    }

    let file = StoredFile(filename: "a.csv", encoding: .gzip, originalSize: 10, content: [1, 2, 3])

    @Test("insert stores row and file together; same bytes same owner is a duplicate; another owner gets their own", arguments: TestDatabase.backends)
    func insertAndDedupe(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLSessionStore(database: db)
            let alex = try await makeUser(db, "alex")
            let jordan = try await makeUser(db, "jordan")
            // when
            let first = try await store.insert(record("s1", owner: alex, sha: "h"), file: file)
            let again = try await store.insert(record("s2", owner: alex, sha: "h"), file: file)
            let other = try await store.insert(record("s3", owner: jordan, sha: "h"), file: file)
            // then
            guard case .created = first, case .duplicate(let existing) = again, case .created = other else {
                Issue.record("unexpected outcomes \(first) \(again) \(other)"); return
            }
            #expect(existing.sessionID == "s1")
            #expect(try await store.locate(id: "s2") == nil)
            let stored = try #require(try await store.locate(id: "s1"))
            #expect(stored.bestLapTimeS == 111.719 && stored.nLaps == 8 && stored.ownerID == alex)
            #expect(try await store.file(sessionID: stored.sessionID) == file)
        }
    }

    @Test("a file stored as uploaded is listed until one worker replaces it with its compressed form", arguments: TestDatabase.backends)
    func uploadedFilesAreReplacedOnce(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLSessionStore(database: db)
            let alex = try await makeUser(db, "alex")
            let uploaded = StoredFile(filename: "a.csv", encoding: .identity, originalSize: 3, content: [7, 8, 9])
            _ = try await store.insert(record("u1", owner: alex, sha: "1"), file: uploaded)
            _ = try await store.insert(record("u2", owner: alex, sha: "2"), file: uploaded)
            _ = try await store.insert(record("g1", owner: alex, sha: "3"), file: file)
            #expect(try await store.uploadedFiles(limit: 10) == ["u1", "u2"])
            #expect(try await store.uploadedFiles(limit: 1) == ["u1"])
            // when two workers race to replace u1, one wins
            let compressed = StoredFile(filename: "a.csv", encoding: .gzip, originalSize: 3, content: [1, 2])
            async let first = store.replaceUploadedFile(sessionID: "u1", with: compressed)
            async let second = store.replaceUploadedFile(sessionID: "u1", with: compressed)
            let outcomes = try await [first, second]
            // then
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await store.file(sessionID: "u1") == compressed)
            #expect(try await store.uploadedFiles(limit: 10) == ["u2"])
            #expect(try await store.replaceUploadedFile(sessionID: "g1", with: compressed) == false)
            #expect(try await store.file(sessionID: "g1") == file)
            #expect(try await store.replaceUploadedFile(sessionID: "gone", with: compressed) == false)
        }
    }

    @Test("a failed insert leaves nothing behind", arguments: TestDatabase.backends)
    func atomicInsert(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLSessionStore(database: db)
            // an owner that does not exist violates the foreign key: nothing may remain
            await #expect(throws: StorageError.self) {
                _ = try await store.insert(record("s1", owner: "ghost", sha: "h"), file: file)
            }
            let files = try await db.query("SELECT session_id FROM session_files")
            let sessions = try await db.query("SELECT session_id FROM sessions")
            #expect(files.isEmpty && sessions.isEmpty)
        }
    }

    @Test("listing and deleting are scoped to the owner", arguments: TestDatabase.backends)
    func scoped(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLSessionStore(database: db)
            let alex = try await makeUser(db, "alex")
            let jordan = try await makeUser(db, "jordan")
            _ = try await store.insert(record("old", owner: alex, sha: "1", started: Date(timeIntervalSince1970: 1_000)), file: file)
            _ = try await store.insert(record("new", owner: alex, sha: "2", started: Date(timeIntervalSince1970: 2_000)), file: file)
            _ = try await store.insert(record("theirs", owner: jordan, sha: "3"), file: file)
            #expect(try await store.list(OwnerScope(userID: alex)).map(\.sessionID) == ["new", "old"])
            #expect(try await store.delete(id: "theirs", OwnerScope(userID: alex)) == false)
            #expect(try await store.locate(id: "theirs") != nil)
            #expect(try await store.deleteAll(OwnerScope(userID: alex)) == 2)
            #expect(try await store.list(OwnerScope(userID: jordan)).map(\.sessionID) == ["theirs"])
        }
    }

    @Test("tags replace per lap and go with the session", arguments: TestDatabase.backends)
    func tags(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLSessionStore(database: db)
            let alex = try await makeUser(db, "alex")
            let session = record("s1", owner: alex, sha: "h")
            _ = try await store.insert(session, file: file)
            try await store.setTags(["traffic", "rain", "traffic"], lap: 3, of: session)
            try await store.setTags(["clean"], lap: 4, of: session)
            try await store.setTags([], lap: 4, of: session)
            #expect(try await store.tags(of: session) == [3: ["rain", "traffic"]])
            _ = try await store.delete(id: "s1", OwnerScope(userID: alex))
            let remaining = try await db.query("SELECT tag FROM lap_tags")
            #expect(remaining.isEmpty)
        }
    }
}

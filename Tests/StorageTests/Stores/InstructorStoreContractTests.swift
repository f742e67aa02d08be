import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: instructor store")
struct InstructorStoreContractTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)

    @Test("an invite links once: single use, and the link shows in the instructor's list", arguments: TestDatabase.backends)
    func inviteIsSingleUse(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            let morgan = try await makeUser(db, "morgan")
            let alex = try await makeUser(db, "alex")
            let jordan = try await makeUser(db, "jordan")
            let store = SQLInstructorStore(database: db)
            let invite = try await store.createInvite(codeHash: "h1", OwnerScope(userID: morgan), now: now)
            // when
            let first = try await store.acceptInvite(codeHash: "h1", studentID: alex, now: now)
            let second = try await store.acceptInvite(codeHash: "h1", studentID: jordan, now: now)
            let unknown = try await store.acceptInvite(codeHash: "nope", studentID: jordan, now: now)
            // then
            #expect(invite.expiresAt.timeIntervalSince(invite.createdAt) == 7 * 24 * 3600)
            #expect(first == .linked(instructorID: morgan))
            #expect(second == .invalid)
            #expect(unknown == .invalid)
            #expect(try await store.activeStudentIDs(OwnerScope(userID: morgan)) == [alex])
            let students = try await store.students(OwnerScope(userID: morgan), recentFlags: 20)
            #expect(students.map(\.studentID) == [alex])
            #expect(students.first?.email == "alex@example.com")
            #expect(try await store.hasActiveInstructor(StudentScope(studentID: alex)))
            #expect(try await store.hasActiveInstructor(StudentScope(studentID: jordan)) == false)
        }
    }

    @Test("many pending invites per instructor; the code is stored only as its hash", arguments: TestDatabase.backends)
    func manyPendingInvites(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let morgan = try await makeUser(db, "morgan")
            let alex = try await makeUser(db, "alex")
            let jordan = try await makeUser(db, "jordan")
            let store = SQLInstructorStore(database: db)
            // when
            _ = try await store.createInvite(codeHash: "h1", OwnerScope(userID: morgan), now: now)
            _ = try await store.createInvite(codeHash: "h2", OwnerScope(userID: morgan), now: now)
            _ = try await store.createInvite(codeHash: "h3", OwnerScope(userID: morgan), now: now)
            // then
            #expect(try await count(db, "instructor_invites") == 3)
            #expect(try await store.acceptInvite(codeHash: "h2", studentID: alex, now: now) == .linked(instructorID: morgan))
            #expect(try await store.acceptInvite(codeHash: "h3", studentID: jordan, now: now) == .linked(instructorID: morgan))
            #expect(try await store.activeStudentIDs(OwnerScope(userID: morgan)) == [alex, jordan])
            let hashes = try await db.query("SELECT code_hash FROM instructor_invites ORDER BY code_hash").map { try $0.string("code_hash") }
            #expect(hashes == ["h1", "h2", "h3"])
        }
    }

    @Test("an invite works until 7 days after creation and not from then on", arguments: TestDatabase.backends)
    func inviteExpiry(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let morgan = try await makeUser(db, "morgan")
            let alex = try await makeUser(db, "alex")
            let store = SQLInstructorStore(database: db)
            _ = try await store.createInvite(codeHash: "late", OwnerScope(userID: morgan), now: now)
            _ = try await store.createInvite(codeHash: "just", OwnerScope(userID: morgan), now: now)
            // when
            let expired = try await store.acceptInvite(codeHash: "late", studentID: alex, now: now.addingTimeInterval(7 * 24 * 3600))
            let inTime = try await store.acceptInvite(codeHash: "just", studentID: alex, now: now.addingTimeInterval(7 * 24 * 3600 - 1))
            // then
            #expect(expired == .invalid)
            #expect(inTime == .linked(instructorID: morgan))
        }
    }

    @Test("one's own invite is refused and stays usable by someone else", arguments: TestDatabase.backends)
    func ownInvite(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let morgan = try await makeUser(db, "morgan")
            let alex = try await makeUser(db, "alex")
            let store = SQLInstructorStore(database: db)
            _ = try await store.createInvite(codeHash: "h", OwnerScope(userID: morgan), now: now)
            // when
            let own = try await store.acceptInvite(codeHash: "h", studentID: morgan, now: now)
            // then
            #expect(own == .ownInvite)
            #expect(try await store.activeStudentIDs(OwnerScope(userID: morgan)).isEmpty)
            #expect(try await store.acceptInvite(codeHash: "h", studentID: alex, now: now) == .linked(instructorID: morgan))
        }
    }

    @Test("a removed student is re-linked by a new invite: one link row, active again", arguments: TestDatabase.backends)
    func relinkRemoved(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let morgan = try await makeUser(db, "morgan")
            let alex = try await makeUser(db, "alex")
            let store = SQLInstructorStore(database: db)
            let scope = OwnerScope(userID: morgan)
            _ = try await store.createInvite(codeHash: "h1", scope, now: now)
            _ = try await store.acceptInvite(codeHash: "h1", studentID: alex, now: now)
            // when
            let removed = try await store.removeLink(studentID: alex, scope, now: now)
            let removedAgain = try await store.removeLink(studentID: alex, scope, now: now)
            let none = try await store.removeLink(studentID: "ghost", scope, now: now)
            let afterRemoval = try await store.activeStudentIDs(scope)
            _ = try await store.createInvite(codeHash: "h2", scope, now: now)
            let relinked = try await store.acceptInvite(codeHash: "h2", studentID: alex, now: now)
            // then
            #expect(removed && removedAgain && !none)
            #expect(afterRemoval.isEmpty)
            #expect(relinked == .linked(instructorID: morgan))
            #expect(try await store.activeStudentIDs(scope) == [alex])
            let rows = try await db.query("SELECT status FROM instructor_links WHERE student_id = $1", [.text(alex)])
            #expect(try rows.map { try $0.string("status") } == ["active"])
        }
    }

    @Test("manual flags: any of the student's sessions or none; another user's session stores nothing", arguments: TestDatabase.backends)
    func manualFlags(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let morgan = try await makeUser(db, "morgan")
            let alex = try await makeUser(db, "alex")
            let jordan = try await makeUser(db, "jordan")
            try await storeSession(db, sessionRecord("a1", owner: alex, best: 110))
            try await storeSession(db, sessionRecord("j1", owner: jordan, best: 100))
            let flags = SQLInstructorStore(database: db)
            let student = StudentScope(studentID: alex)
            // when
            let general = try await flags.addManualFlag(NewStudentFlag(sessionID: nil, type: .praise, description: "Smooth"),
                                                        createdBy: morgan, student)
            let onSession = try await flags.addManualFlag(NewStudentFlag(sessionID: "a1", type: .safety, description: "Late braking T5"),
                                                          createdBy: morgan, student)
            let foreign = try await flags.addManualFlag(NewStudentFlag(sessionID: "j1", type: .safety, description: "x"),
                                                        createdBy: morgan, student)
            // then
            guard case .added(let first) = general, case .added(let second) = onSession else {
                Issue.record("unexpected \(general) \(onSession)"); return
            }
            #expect(foreign == .unknownSession)
            #expect(first.sessionID == nil && !first.autoGenerated && first.createdBy == morgan && first.type == .praise)
            #expect(second.sessionID == "a1" && second.type == .safety)
            #expect(Set(try await flags.flags(student, limit: 50).map(\.id)) == [first.id, second.id])
            #expect(try await flags.flags(sessions: ["a1", "j1"], student).mapValues { $0.map(\.id) } == ["a1": [second.id]])
            #expect(try await flags.flags(StudentScope(studentID: jordan), limit: 50).isEmpty)
        }
    }

    @Test("auto flags are de-duplicated per session and type; manual ones are not", arguments: TestDatabase.backends)
    func autoFlagDedupe(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            try await storeSession(db, sessionRecord("a1", owner: alex, best: 110))
            let flags = SQLInstructorStore(database: db)
            let student = StudentScope(studentID: alex)
            let attention = NewStudentFlag(sessionID: "a1", type: .attention, description: "Lap consistency score 42 is below 50")
            // when
            let first = try await flags.addAutoFlag(attention, student)
            let again = try await flags.addAutoFlag(attention, student)
            let other = try await flags.addAutoFlag(NewStudentFlag(sessionID: "a1", type: .improvement, description: "PB"), student)
            // then
            #expect(first?.autoGenerated == true && first?.type == .attention)
            #expect(again == nil)
            #expect(other?.type == .improvement)
            #expect(try await count(db, "student_flags") == 2)
        }
    }

    @Test("the previous best lap is the student's fastest earlier session at that track", arguments: TestDatabase.backends)
    func previousBest(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            let jordan = try await makeUser(db, "jordan")
            let t0 = now
            try await storeSession(db, sessionRecord("a1", owner: alex, best: 112, createdAt: t0))
            try await storeSession(db, sessionRecord("a2", owner: alex, best: 111, createdAt: t0.addingTimeInterval(60)))
            try await storeSession(db, sessionRecord("other-track", owner: alex, best: 50, track: "Road Atlanta", createdAt: t0.addingTimeInterval(90)))
            try await storeSession(db, sessionRecord("j1", owner: jordan, best: 90, createdAt: t0.addingTimeInterval(100)))
            let latest = sessionRecord("a3", owner: alex, best: 110, createdAt: t0.addingTimeInterval(120))
            try await storeSession(db, latest)
            let flags = SQLInstructorStore(database: db)
            let student = StudentScope(studentID: alex)
            // then
            #expect(try await flags.previousBestLap(trackName: latest.trackName, before: latest, student) == 111)
            let first = sessionRecord("a1", owner: alex, best: 112, createdAt: t0)
            #expect(try await flags.previousBestLap(trackName: first.trackName, before: first, student) == nil)
        }
    }

    @Test("deleting a user removes their links, invites and flags", arguments: TestDatabase.backends)
    func cascades(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let morgan = try await makeUser(db, "morgan")
            let alex = try await makeUser(db, "alex")
            let store = SQLInstructorStore(database: db)
            _ = try await store.createInvite(codeHash: "h1", OwnerScope(userID: morgan), now: now)
            _ = try await store.createInvite(codeHash: "h2", OwnerScope(userID: morgan), now: now)
            _ = try await store.acceptInvite(codeHash: "h1", studentID: alex, now: now)
            _ = try await store.addManualFlag(NewStudentFlag(sessionID: nil, type: .praise, description: "ok"),
                                              createdBy: morgan, StudentScope(studentID: alex))
            // when
            try await db.execute("DELETE FROM users WHERE id = $1", [.text(alex)])
            // then
            #expect(try await count(db, "student_flags") == 0)
            #expect(try await store.activeStudentIDs(OwnerScope(userID: morgan)).isEmpty)
            try await db.execute("DELETE FROM users WHERE id = $1", [.text(morgan)])
            #expect(try await count(db, "instructor_links") == 0)
            #expect(try await count(db, "instructor_invites") == 0)
        }
    }
}

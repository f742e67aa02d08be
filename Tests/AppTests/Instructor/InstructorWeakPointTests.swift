import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import Storage
import TestSupport

/// platform.md §15 weak points 9, 17 and 18, one named test each.
@Suite struct InstructorWeakPointTests {
    /// Weak point 9: the flag list worked for any student id.
    @Test func instructorCannotReadUnlinkedStudentFlags() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            try await api.link(.driverA, to: .instructorLinkedA)
            try await world.setRole(.instructor, .instructor, client: client)
            let student = try await api.userID(.driverA)
            #expect(try await api.flag(student, type: "safety", description: "Spun at T8", as: .instructorLinkedA).status == .ok)
            // when
            let foreign = try await api.send(.get, "/api/instructor/students/\(student)/flags", as: .instructor)
            let unknown = try await api.send(.get, "/api/instructor/students/usr_nobody/flags", as: .instructor)
            let sessions = try await api.send(.get, "/api/instructor/students/\(student)/sessions", as: .instructor)
            // then
            for response in [foreign, unknown, sessions] {
                #expect(response.status == .notFound)
                #expect(response.detail == "Student not linked")
                #expect(!response.text.contains("Spun at T8"))
            }
            #expect(try await api.flagList(of: student, as: .instructorLinkedA).count == 1)
        }
    }

    /// Weak point 9: flags could be injected about arbitrary users.
    @Test func instructorCannotInjectFlagsForUnlinkedStudent() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            try await api.link(.driverA, to: .instructorLinkedA)
            try await world.setRole(.instructor, .instructor, client: client)
            let student = try await api.userID(.driverA)
            // when
            let injected = try await api.flag(student, type: "safety", description: "Dangerous driver", as: .instructor)
            // then
            #expect(injected.status == .notFound)
            #expect(injected.detail == "Student not linked")
            #expect(try await api.flagList(of: student, as: .instructorLinkedA).isEmpty == true)
            let rows = try await world.app.database.query("SELECT id FROM student_flags")
            #expect(rows.isEmpty)
        }
    }

    /// Weak point 18: a second outstanding invite failed with 500.
    @Test func secondPendingInviteWorks() async throws {
        try await withTestApp { client, world in
            // given
            try await world.setRole(.instructor, .instructor, client: client)
            let api = TestAPI(client: client, world: world)
            // when
            let first = try await api.invite(as: .instructor)
            let second = try await api.invite(as: .instructor)
            let third = try await api.invite(as: .instructor)
            // then
            #expect(Set([first, second, third]).count == 3)
            #expect(try await api.accept(second, as: .driverA).status == .ok)
            #expect(try await api.accept(first, as: .driverB).status == .ok)
            let ids = Set(try await api.studentIDs(as: .instructor))
            let driverA = try await api.userID(.driverA)
            let driverB = try await api.userID(.driverB)
            #expect(ids == [driverA, driverB])
        }
    }

    /// Weak point 18: invites never expired.
    @Test func inviteExpiresAfterSevenDays() async throws {
        try await withTestApp { client, world in
            // given
            try await world.setRole(.instructor, .instructor, client: client)
            let api = TestAPI(client: client, world: world)
            let stale = try await api.invite(as: .instructor)
            let rows = try await world.app.database.query("SELECT created_at, expires_at FROM instructor_invites")
            #expect(rows.count == 1)
            for row in rows {
                #expect(try row.date("expires_at").timeIntervalSince(try row.date("created_at")) == 7 * 24 * 3600)
            }
            // when: that invite was created seven days and a second ago; another one is new
            let past = Date().addingTimeInterval(-(7 * 24 * 3600 + 1))
            try await world.app.database.execute("UPDATE instructor_invites SET created_at = $1, expires_at = $2",
                                                 [.date(past), .date(past.addingTimeInterval(7 * 24 * 3600))])
            let fresh = try await api.invite(as: .instructor)
            let expired = try await api.accept(stale, as: .driverA)
            let valid = try await api.accept(fresh, as: .driverB)
            // then
            #expect(expired.status == .notFound)
            #expect(expired.detail == "Invalid or expired invite code")
            #expect(valid.status == .ok)
            let driverB = try await api.userID(.driverB)
            #expect(try await api.studentIDs(as: .instructor) == [driverB])
        }
    }

    /// Weak point 18: an instructor could accept their own invite.
    @Test func cannotAcceptOwnInvite() async throws {
        try await withTestApp { client, world in
            // given
            try await world.setRole(.instructor, .instructor, client: client)
            let api = TestAPI(client: client, world: world)
            let code = try await api.invite(as: .instructor)
            // when
            let own = try await api.accept(code, as: .instructor)
            // then
            #expect(own.status == .badRequest)
            #expect(own.detail == "Cannot accept your own invite")
            #expect(try await api.studentIDs(as: .instructor).isEmpty)
            #expect(try await api.accept(code, as: .driverA).status == .ok)
        }
    }

    /// Weak point 18: re-linking a removed student failed with 500.
    @Test func removedStudentCanBeRelinked() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            try await api.link(.driverA, to: .instructor)
            let student = try await api.userID(.driverA)
            #expect(try await api.send(.delete, "/api/instructor/students/\(student)", as: .instructor).status == .ok)
            #expect(try await api.studentIDs(as: .instructor).isEmpty)
            // when
            let code = try await api.invite(as: .instructor)
            let relinked = try await api.accept(code, as: .driverA)
            // then
            #expect(relinked.status == .ok)
            #expect(try relinked.decode(JSONShape.self).keys == ["status"])
            #expect(try relinked.decode(StatusResponse.self).status == "linked")
            #expect(try await api.studentIDs(as: .instructor) == [student])
            #expect(try await api.send(.get, "/api/instructor/students/\(student)/flags", as: .instructor).status == .ok)
            let links = try await world.app.database.query("SELECT status FROM instructor_links WHERE student_id = $1", [.text(student)])
            #expect(links.count == 1)
        }
    }

    /// Weak point 18: one code, one use.
    @Test func inviteCodeIsSingleUse() async throws {
        try await withTestApp { client, world in
            // given
            try await world.setRole(.instructor, .instructor, client: client)
            let api = TestAPI(client: client, world: world)
            let code = try await api.invite(as: .instructor)
            // when
            let first = try await api.accept(code, as: .driverA)
            let second = try await api.accept(code, as: .driverB)
            let replay = try await api.accept(code, as: .driverA)
            // then
            #expect(first.status == .ok)
            #expect(second.status == .notFound)
            #expect(second.detail == "Invalid or expired invite code")
            #expect(replay.status == .notFound)
            let driverA = try await api.userID(.driverA)
            #expect(try await api.studentIDs(as: .instructor) == [driverA])
        }
    }

    /// The instructor reads the student's sessions through the normal session routes.
    @Test func linkedInstructorReadsTheStudentsSession() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            try await api.link(.driverA, to: .instructorLinkedA)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            // when
            let detail = try await api.session(session, as: .instructorLinkedA)
            let laps = try await api.send(.get, "/api/sessions/\(session)/laps", as: .instructorLinkedA)
            let ownList = try await api.send(.get, "/api/sessions", as: .instructorLinkedA)
            // then
            #expect(detail.status == .ok)
            #expect(try detail.decode(SessionSummary.self).session_id == session)
            #expect(laps.status == .ok)
            #expect(try ownList.decode(SessionList.self).total == 0, "the student's session is not the instructor's own")
        }
    }

    /// A linked instructor changes nothing of the student's session (403); an unlinked one does not see it (404).
    @Test(arguments: [(TestWorld.Persona.instructorLinkedA, HTTPRequest.Method.put, HTTPResponse.Status.forbidden),
                      (.instructorLinkedA, .delete, .forbidden), (.instructor, .get, .notFound), (.instructor, .put, .notFound),
                      (.instructor, .delete, .notFound)])
    func instructorsCannotChangeAStudentsSession(_ persona: TestWorld.Persona, _ method: HTTPRequest.Method,
                                                 _ status: HTTPResponse.Status) async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            try await api.link(.driverA, to: .instructorLinkedA)
            try await world.setRole(.instructor, .instructor, client: client)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            // when
            let response = method == .put
                ? try await api.sendRaw(.put, "/api/sessions/\(session)/laps/3/tags", as: persona, body: #"["traffic"]"#)
                : try await api.send(method, "/api/sessions/\(session)", as: persona)
            // then
            #expect(response.status == status)
            if method == .get { #expect(response.detail == "Session \(session) not found") }
            let stillThere = try await api.send(.get, "/api/sessions/\(session)/laps/3/tags", as: .driverA)
            #expect(stillThere.status == .ok)
            #expect(try stillThere.decode(LapTags.self).tags == [])
        }
    }

    /// After the link is removed, the instructor's reads stop at once.
    @Test func removingTheLinkStopsReadsAtOnce() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            try await api.link(.driverA, to: .instructorLinkedA)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            #expect(try await api.session(session, as: .instructorLinkedA).status == .ok)
            let student = try await api.userID(.driverA)
            #expect(try await api.send(.delete, "/api/instructor/students/\(student)", as: .instructorLinkedA).status == .ok)
            #expect(try await api.session(session, as: .instructorLinkedA).status == .notFound)
        }
    }

    /// Weak point 17: auto-flagging was never invoked. Improvement flags follow a first and a faster session.
    @Test func improvementFlagsRunAfterUpload() async throws {
        try await withTestApp { client, world in
            // given: driver B has no instructor, driver A has one
            let api = TestAPI(client: client, world: world)
            try await api.link(.driverA, to: .instructor)
            let student = try await api.userID(.driverA)
            _ = try await world.seed(TestPaths.novice, as: .driverB, client: client)
            // when: a first session (115.115 s best) and then a faster one (111.719 s) at the same track
            let novice = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let intermediate = try await world.seed(TestPaths.intermediate, as: .driverA, client: client)
            // then
            let flags = try await api.flagList(of: student, as: .instructor)
            let improvements = flags.filter { $0.type == .improvement }
            #expect(improvements.count == 2)
            #expect(improvements.allSatisfy { $0.autoGenerated })
            let first = try #require(improvements.first { $0.sessionID == novice })
            #expect(first.description.contains("First personal best"))
            let better = try #require(improvements.first { $0.sessionID == intermediate })
            let noviceBest = try #require(try await api.summary(novice).best_lap_time_s)
            let intermediateBest = try #require(try await api.summary(intermediate).best_lap_time_s)
            #expect(abs((noviceBest - intermediateBest) - (115.115 - 111.719)) < 0.05)
            #expect(better.description.contains(String(format: "%.3f s faster", noviceBest - intermediateBest)))
            let driverBFlags = try await world.app.database.query(
                "SELECT id FROM student_flags WHERE student_id = $1", [.text(try await api.userID(.driverB))])
            #expect(driverBFlags.isEmpty)
        }
    }

    /// Weak point 17: an attention flag (consistency < 50) names the rounded score and is not doubled on re-upload.
    @Test func attentionFlagIsDeduplicatedOnReupload() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            try await api.link(.driverA, to: .instructor)
            let student = try await api.userID(.driverA)
            let novice = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let flags = try await api.flagList(of: student, as: .instructor)
            let scoreBefore = try #require(try await api.summary(novice).consistency_score)
            let hadAttention = flags.contains { $0.type == .attention && $0.sessionID == novice }
            #expect(hadAttention == (scoreBefore < 50))
            // when: the stored consistency score is below 50 and the same file is uploaded again
            try await world.app.database.execute("UPDATE sessions SET consistency_score = $1 WHERE session_id = $2",
                                                 [.double(42.4), .text(novice)])
            let again = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let thirdTime = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            // then: one attention flag naming the rounded score, nothing doubled
            #expect(again == novice && thirdTime == novice)
            let after = try await api.flagList(of: student, as: .instructor)
            let attention = after.filter { $0.type == .attention && $0.sessionID == novice }
            #expect(attention.count == 1)
            if !hadAttention { #expect(attention.first?.description.contains("42") == true) }
            #expect(after.filter { $0.type == .improvement }.count == flags.filter { $0.type == .improvement }.count)
            #expect(after.count == flags.count + (hadAttention ? 0 : 1))
        }
    }
}

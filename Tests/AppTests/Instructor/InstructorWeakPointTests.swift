import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import Storage
import TestSupport

/// platform.md §15 weak points 9, 17 and 18, one named test each.
@Suite struct InstructorWeakPointTests {
    /// Weak point 9: the flag list worked for any student id.
    @Test func instructorCannotReadUnlinkedStudentFlags() async throws {
        try await withTestApp { client, world in
            // given
            let api = InstructorAPI(client: client, world: world)
            try await world.link(.driverA, to: .instructorLinkedA, client: client)
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
            #expect(try await api.flags(of: student, as: .instructorLinkedA)?.count == 1)
        }
    }

    /// Weak point 9: flags could be injected about arbitrary users.
    @Test func instructorCannotInjectFlagsForUnlinkedStudent() async throws {
        try await withTestApp { client, world in
            // given
            let api = InstructorAPI(client: client, world: world)
            try await world.link(.driverA, to: .instructorLinkedA, client: client)
            try await world.setRole(.instructor, .instructor, client: client)
            let student = try await api.userID(.driverA)
            // when
            let injected = try await api.flag(student, type: "safety", description: "Dangerous driver", as: .instructor)
            // then
            #expect(injected.status == .notFound)
            #expect(injected.detail == "Student not linked")
            #expect(try await api.flags(of: student, as: .instructorLinkedA)?.isEmpty == true)
            let rows = try await world.app.database.query("SELECT id FROM student_flags")
            #expect(rows.isEmpty)
        }
    }

    /// Weak point 18: a second outstanding invite failed with 500.
    @Test func secondPendingInviteWorks() async throws {
        try await withTestApp { client, world in
            // given
            try await world.setRole(.instructor, .instructor, client: client)
            let api = InstructorAPI(client: client, world: world)
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
            let api = InstructorAPI(client: client, world: world)
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
            let api = InstructorAPI(client: client, world: world)
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
            let api = InstructorAPI(client: client, world: world)
            try await world.link(.driverA, to: .instructor, client: client)
            let student = try await api.userID(.driverA)
            #expect(try await api.send(.delete, "/api/instructor/students/\(student)", as: .instructor).status == .ok)
            #expect(try await api.studentIDs(as: .instructor).isEmpty)
            // when
            let code = try await api.invite(as: .instructor)
            let relinked = try await api.accept(code, as: .driverA)
            // then
            #expect(relinked.status == .ok)
            #expect(relinked.json as? [String: String] == ["status": "linked"])
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
            let api = InstructorAPI(client: client, world: world)
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

    /// The instructor reads the student's sessions through the normal session routes, and changes nothing.
    @Test func linkedInstructorReadsButCannotChangeStudentSession() async throws {
        try await withTestApp { client, world in
            // given
            let api = InstructorAPI(client: client, world: world)
            try await world.link(.driverA, to: .instructorLinkedA, client: client)
            try await world.setRole(.instructor, .instructor, client: client)
            let session = try await world.seed("barber_2026-03-21_novice", as: .driverA, client: client)
            // when
            let detail = try await api.send(.get, "/api/sessions/\(session)", as: .instructorLinkedA)
            let laps = try await api.send(.get, "/api/sessions/\(session)/laps", as: .instructorLinkedA)
            let tags = try await api.json.sendRaw(.put, "/api/sessions/\(session)/laps/3/tags", as: .instructorLinkedA,
                                                  body: #"["traffic"]"#)
            let delete = try await api.send(.delete, "/api/sessions/\(session)", as: .instructorLinkedA)
            let unlinkedRead = try await api.send(.get, "/api/sessions/\(session)", as: .instructor)
            let unlinkedTag = try await api.json.sendRaw(.put, "/api/sessions/\(session)/laps/3/tags", as: .instructor,
                                                         body: #"["traffic"]"#)
            let unlinkedDelete = try await api.send(.delete, "/api/sessions/\(session)", as: .instructor)
            let ownList = try await api.send(.get, "/api/sessions", as: .instructorLinkedA)
            // then
            #expect(detail.status == .ok)
            #expect((detail.json as? [String: Any])?["session_id"] as? String == session)
            #expect(laps.status == .ok)
            #expect(tags.status == .forbidden)
            #expect(delete.status == .forbidden)
            #expect(unlinkedRead.status == .notFound)
            #expect(unlinkedRead.detail == "Session \(session) not found")
            #expect(unlinkedTag.status == .notFound)
            #expect(unlinkedDelete.status == .notFound)
            #expect((ownList.json as? [String: Any])?["total"] as? Int == 0)
            let stillThere = try await api.send(.get, "/api/sessions/\(session)/laps/3/tags", as: .driverA)
            #expect(stillThere.status == .ok)
            #expect((stillThere.json as? [String: Any])?["tags"] as? [String] == [])
            // and after the link is removed, the read stops at once
            let student = try await api.userID(.driverA)
            #expect(try await api.send(.delete, "/api/instructor/students/\(student)", as: .instructorLinkedA).status == .ok)
            #expect(try await api.send(.get, "/api/sessions/\(session)", as: .instructorLinkedA).status == .notFound)
        }
    }

    /// Weak point 17: auto-flagging was never invoked. Attention (< 50) and improvement, de-duplicated on re-upload.
    @Test func autoFlagsRunAfterUpload() async throws {
        try await withTestApp { client, world in
            // given: driver B has no instructor, driver A has one
            let api = InstructorAPI(client: client, world: world)
            try await world.link(.driverA, to: .instructor, client: client)
            let student = try await api.userID(.driverA)
            _ = try await world.seed("barber_2026-03-21_novice", as: .driverB, client: client)
            // when: a first session (115.115 s best) and then a faster one (111.719 s) at the same track
            let novice = try await world.seed("barber_2026-03-21_novice", as: .driverA, client: client)
            let intermediate = try await world.seed("barber_2026-02-15_intermediate", as: .driverA, client: client)
            // then
            let flags = try #require(try await api.flags(of: student, as: .instructor))
            let improvements = flags.filter { $0["flag_type"] as? String == "improvement" }
            #expect(improvements.count == 2)
            #expect(improvements.allSatisfy { $0["auto_generated"] as? Bool == true })
            let first = try #require(improvements.first { $0["session_id"] as? String == novice })
            #expect((first["description"] as? String)?.contains("First personal best") == true)
            let better = try #require(improvements.first { $0["session_id"] as? String == intermediate })
            let noviceBest = try #require(try await bestLap(novice, api))
            let intermediateBest = try #require(try await bestLap(intermediate, api))
            #expect(abs((noviceBest - intermediateBest) - (115.115 - 111.719)) < 0.05)
            #expect((better["description"] as? String)?.contains(String(format: "%.3f s faster", noviceBest - intermediateBest)) == true)
            let driverBFlags = try await world.app.database.query(
                "SELECT id FROM student_flags WHERE student_id = $1", [.text(try await api.userID(.driverB))])
            #expect(driverBFlags.isEmpty)

            // when: the stored consistency score is below 50 and the same file is uploaded again
            let scoreBefore = try #require(try await consistency(novice, api))
            let hadAttention = flags.contains { $0["flag_type"] as? String == "attention" && $0["session_id"] as? String == novice }
            #expect(hadAttention == (scoreBefore < 50))
            try await world.app.database.execute("UPDATE sessions SET consistency_score = $1 WHERE session_id = $2",
                                                 [.double(42.4), .text(novice)])
            let again = try await world.seed("barber_2026-03-21_novice", as: .driverA, client: client)
            let thirdTime = try await world.seed("barber_2026-03-21_novice", as: .driverA, client: client)
            // then: one attention flag naming the rounded score, nothing doubled
            #expect(again == novice && thirdTime == novice)
            let after = try #require(try await api.flags(of: student, as: .instructor))
            let attention = after.filter { $0["flag_type"] as? String == "attention" && $0["session_id"] as? String == novice }
            #expect(attention.count == 1)
            if !hadAttention { #expect((attention.first?["description"] as? String)?.contains("42") == true) }
            #expect(after.filter { $0["flag_type"] as? String == "improvement" }.count == 2)
            #expect(after.count == flags.count + (hadAttention ? 0 : 1))
        }
    }

    private func bestLap(_ session: String, _ api: InstructorAPI) async throws -> Double? {
        (try await api.send(.get, "/api/sessions/\(session)", as: .driverA).json as? [String: Any])?["best_lap_time_s"] as? Double
    }

    private func consistency(_ session: String, _ api: InstructorAPI) async throws -> Double? {
        (try await api.send(.get, "/api/sessions/\(session)", as: .driverA).json as? [String: Any])?["consistency_score"] as? Double
    }
}

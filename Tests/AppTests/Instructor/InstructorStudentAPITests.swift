import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import TestSupport

/// `GET …/students/{student_id}/sessions`, `GET` and `POST …/students/{student_id}/flags` (platform.md §10.3).
@Suite struct InstructorStudentAPITests {
    @Test func sessionsListTheStudentsSessionsWithTheirFlags() async throws {
        try await withTestApp { client, world in
            // given
            let api = InstructorAPI(client: client, world: world)
            try await world.link(.driverA, to: .instructor, client: client)
            let student = try await api.userID(.driverA)
            let session = try await world.seed("barber_2026-03-21_novice", as: .driverA, client: client)
            _ = try await world.seed("barber_2026-02-15_intermediate", as: .driverB, client: client)
            #expect(try await api.flag(student, type: "safety", description: "Off at T5", session: session, as: .instructor).status == .ok)
            // when
            let response = try await api.send(.get, "/api/instructor/students/\(student)/sessions", as: .instructor)
            // then
            #expect(response.status == .ok)
            let sessions = try #require((response.json as? [String: Any])?["sessions"] as? [[String: Any]])
            #expect(sessions.count == 1)
            let entry = try #require(sessions.first)
            #expect(Set(entry.keys) == ["session_id", "track_name", "session_date", "best_lap_time_s", "consistency_score", "n_laps", "flags"])
            #expect(entry["session_id"] as? String == session)
            #expect(entry["track_name"] as? String == "Barber Motorsports Park")
            #expect((entry["session_date"] as? String)?.hasPrefix("2026-03-21T") == true)
            #expect(abs(((entry["best_lap_time_s"] as? Double) ?? 0) - 115.115) < 0.05)
            let types = (entry["flags"] as? [[String: Any]])?.compactMap { $0["flag_type"] as? String } ?? []
            #expect(types.contains("safety"))
            #expect(types.contains("improvement"))
        }
    }

    @Test func postedFlagHasTheDocumentedShapeAndIsListed() async throws {
        try await withTestApp { client, world in
            // given
            let api = InstructorAPI(client: client, world: world)
            try await world.link(.driverA, to: .instructor, client: client)
            let student = try await api.userID(.driverA)
            // when
            let posted = try await api.flag(student, type: "praise", description: "Great trail braking", as: .instructor)
            let listed = try await api.flags(of: student, as: .instructor)
            // then
            #expect(posted.status == .ok)
            let flag = try #require(posted.json as? [String: Any])
            #expect(Set(flag.keys) == ["id", "flag_type", "description", "session_id", "auto_generated", "created_at"])
            #expect((flag["id"] as? Int) != nil)
            #expect(flag["flag_type"] as? String == "praise")
            #expect(flag["description"] as? String == "Great trail braking")
            #expect(flag["session_id"] is NSNull)
            #expect(flag["auto_generated"] as? Bool == false)
            #expect((flag["created_at"] as? String)?.hasSuffix("+00:00") == true)
            #expect(listed?.count == 1)
            #expect(listed?.first?["id"] as? Int == flag["id"] as? Int)
        }
    }

    @Test func flagTypesOutsideTheFourAre422() async throws {
        try await withTestApp { client, world in
            // given
            let api = InstructorAPI(client: client, world: world)
            try await world.link(.driverA, to: .instructor, client: client)
            let student = try await api.userID(.driverA)
            // when
            let unknown = try await api.flag(student, type: "danger", as: .instructor)
            let missing = try await api.send(.post, "/api/instructor/students/\(student)/flags", as: .instructor,
                                             json: ["description": "x"])
            let wrongType = try await api.json.sendRaw(.post, "/api/instructor/students/\(student)/flags", as: .instructor,
                                                       body: #"{"flag_type": 3, "description": "x"}"#)
            let notJSON = try await api.json.sendRaw(.post, "/api/instructor/students/\(student)/flags", as: .instructor, body: "{")
            let empty = try await api.flag(student, type: "attention", description: "  ", as: .instructor)
            let long = try await api.flag(student, type: "attention", description: String(repeating: "x", count: 2001), as: .instructor)
            // then
            for response in [unknown, missing, wrongType, notJSON, empty, long] {
                #expect(response.status == .unprocessableContent, "\(response.text.prefix(200))")
            }
            let issue = ((unknown.json as? [String: Any])?["detail"] as? [[String: Any]])?.first
            #expect(issue?["loc"] as? [String] == ["body", "flag_type"])
            #expect((issue?["msg"] as? String)?.contains("'attention', 'safety', 'improvement' or 'praise'") == true)
            #expect(try await api.flags(of: student, as: .instructor)?.isEmpty == true)
        }
    }

    /// The 2000-character limit counts code points, as the API description's `maxLength` does: 2000 accented
    /// letters written as `e` + combining accent are 2000 Characters but 4000 code points (found by schemathesis).
    @Test func flagDescriptionLimitCountsCodePoints() async throws {
        try await withTestApp { client, world in
            // given
            let api = InstructorAPI(client: client, world: world)
            try await world.link(.driverA, to: .instructor, client: client)
            let student = try await api.userID(.driverA)
            let combining = String(repeating: "e\u{301}", count: 2000)
            let atLimit = String(repeating: "\u{E9}", count: 2000)
            // when
            let tooLong = try await api.flag(student, type: "attention", description: combining, as: .instructor)
            let fits = try await api.flag(student, type: "attention", description: atLimit, as: .instructor)
            // then
            #expect(combining.count == 2000)
            #expect(tooLong.status == .unprocessableContent, "\(tooLong.text.prefix(200))")
            #expect(fits.status == .ok, "\(fits.text.prefix(200))")
        }
    }

    @Test func aFlagMayNameOnlyASessionOfThatStudent() async throws {
        try await withTestApp { client, world in
            // given
            let api = InstructorAPI(client: client, world: world)
            try await world.link(.driverA, to: .instructor, client: client)
            let student = try await api.userID(.driverA)
            let foreign = try await world.seed("barber_2026-03-21_novice", as: .driverB, client: client)
            // when
            let otherUsers = try await api.flag(student, type: "safety", session: foreign, as: .instructor)
            let unknown = try await api.flag(student, type: "safety", session: "no-such-session", as: .instructor)
            // then
            #expect(otherUsers.status == .unprocessableContent)
            #expect(otherUsers.detail == "Session \(foreign) is not a session of this student")
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.detail == "Session no-such-session is not a session of this student")
            #expect(try await api.flags(of: student, as: .instructor)?.isEmpty == true)
        }
    }

    @Test func driversAddressingAStudentMeetTheSame404() async throws {
        try await withTestApp { client, world in
            // given
            let api = InstructorAPI(client: client, world: world)
            let student = try await api.userID(.driverB)
            // when
            let sessions = try await api.send(.get, "/api/instructor/students/\(student)/sessions", as: .driverA)
            let flags = try await api.send(.get, "/api/instructor/students/\(student)/flags", as: .driverA)
            let post = try await api.flag(student, type: "praise", as: .driverA)
            // then
            for response in [sessions, flags, post] {
                #expect(response.status == .notFound)
                #expect(response.detail == "Student not linked")
            }
        }
    }

    @Test func aDemotedInstructorLosesTheStudentRoutes() async throws {
        try await withTestApp { client, world in
            // given
            let api = InstructorAPI(client: client, world: world)
            try await world.link(.driverA, to: .instructor, client: client)
            let student = try await api.userID(.driverA)
            // when
            try await world.setRole(.instructor, .driver, client: client)
            let flags = try await api.send(.get, "/api/instructor/students/\(student)/flags", as: .instructor)
            let list = try await api.send(.get, "/api/instructor/students", as: .instructor)
            // then
            #expect(flags.status == .notFound)
            #expect(list.status == .forbidden)
            #expect(list.detail == "Instructor role required")
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// `GET /api/instructor/students`, `POST /api/instructor/invite`, `POST /api/instructor/accept/{code}`,
/// `DELETE /api/instructor/students/{student_id}` (platform.md §10.3).
@Suite struct InstructorLinkAPITests {
    @Test func inviteReturnsAnElevenCharacterURLSafeCode() async throws {
        try await withTestApp { client, world in
            // given
            try await world.setRole(.instructor, .instructor, client: client)
            let api = TestAPI(client: client, world: world)
            // when
            let response = try await api.send(.post, "/api/instructor/invite", as: .instructor)
            // then
            #expect(response.status == .ok)
            #expect(try response.decode(JSONShape.self).keys == ["invite_code"])
            let code = try response.decode(InviteResponse.self).invite_code
            #expect(code.count == 11)
            #expect(code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            let stored = try await world.app.database.query("SELECT code_hash FROM instructor_invites")
            #expect(stored.count == 1)
            #expect(try stored[0].string("code_hash") != code)
            #expect(try stored[0].string("code_hash").count == 64)
        }
    }

    @Test func acceptLinksAndTheStudentIsListedWithTheDocumentedShape() async throws {
        try await withTestApp { client, world in
            // given
            try await world.setRole(.instructor, .instructor, client: client)
            let api = TestAPI(client: client, world: world)
            let code = try await api.invite(as: .instructor)
            // when
            let accepted = try await api.accept(code, as: .driverA)
            let list = try await api.send(.get, "/api/instructor/students", as: .instructor)
            // then
            #expect(accepted.status == .ok)
            #expect(try accepted.decode(JSONShape.self).keys == ["status"])
            #expect(try accepted.decode(StatusResponse.self).status == "linked")
            #expect(list.status == .ok)
            let students = try list.decode(StudentListResponse.self).students.map(\.student)
            #expect(students.count == 1)
            let entry = try #require(students.first)
            let shape = try #require(try list.decode(JSONShape.self).lists["students"]?.first)
            #expect(shape.keys == ["student_id", "name", "email", "avatar_url", "linked_at", "recent_flags"])
            let driverA = try await api.userID(.driverA)
            #expect(entry.studentID == driverA)
            #expect(entry.email == "driver-a@example.com")
            #expect(shape.nullKeys == ["avatar_url"])
            #expect(list.text.contains(#""linked_at":"\#(Timestamp.iso8601(entry.linkedAt))""#))
            #expect(Timestamp.iso8601(entry.linkedAt).hasSuffix("+00:00"))
            #expect(entry.recentFlags == [])
        }
    }

    @Test func recentFlagsListFlagTypesNewestFirst() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            try await api.link(.driverA, to: .instructor)
            let student = try await api.userID(.driverA)
            // when
            #expect(try await api.flag(student, type: "safety", as: .instructor).status == .ok)
            #expect(try await api.flag(student, type: "praise", as: .instructor).status == .ok)
            let list = try await api.send(.get, "/api/instructor/students", as: .instructor)
            // then
            let students = try list.decode(StudentListResponse.self).students.map(\.student)
            #expect(students.first?.recentFlags == [.praise, .safety])
        }
    }

    @Test func nonInstructorsAreToldTheRoleIsRequired() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let student = try await api.userID(.driverB)
            // when
            let list = try await api.send(.get, "/api/instructor/students", as: .driverA)
            let invite = try await api.send(.post, "/api/instructor/invite", as: .driverA)
            let remove = try await api.send(.delete, "/api/instructor/students/\(student)", as: .driverA)
            // then
            for response in [list, invite, remove] {
                #expect(response.status == .forbidden)
                #expect(response.detail == "Instructor role required")
            }
            #expect(try await world.app.database.query("SELECT code_hash FROM instructor_invites").isEmpty)
        }
    }

    @Test func anonymousCallersMustSignIn() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let routes: [(HTTPRequest.Method, String)] = [(.get, "/api/instructor/students"), (.post, "/api/instructor/invite"),
                                  (.post, "/api/instructor/accept/Zq3x9K_aB1c"), (.delete, "/api/instructor/students/x"),
                                  (.get, "/api/instructor/students/x/sessions"), (.get, "/api/instructor/students/x/flags"),
                                  (.post, "/api/instructor/students/x/flags")]
            for (method, uri) in routes {
                let response = try await api.send(method, uri, as: .anonymous)
                #expect(response.status == .unauthorized, "\(method) \(uri)")
                #expect(response.detail == "Not authenticated")
            }
        }
    }

    @Test func unknownOrMalformedCodesAre404() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            for code in ["Zq3x9K_aB1c", "short", "has%20space", String(repeating: "a", count: 300)] {
                let response = try await api.accept(code, as: .driverA)
                #expect(response.status == .notFound, "\(code)")
                #expect(response.detail == "Invalid or expired invite code")
            }
        }
    }

    @Test func removeMarksTheLinkRemovedAndUnknownStudentsAre404() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            try await api.link(.driverA, to: .instructor)
            let student = try await api.userID(.driverA)
            // when
            let removed = try await api.send(.delete, "/api/instructor/students/\(student)", as: .instructor)
            let again = try await api.send(.delete, "/api/instructor/students/\(student)", as: .instructor)
            let unknown = try await api.send(.delete, "/api/instructor/students/usr_nobody", as: .instructor)
            // then
            #expect(removed.status == .ok)
            #expect(try removed.decode(JSONShape.self).keys == ["status"])
            #expect(try removed.decode(StatusResponse.self).status == "removed")
            #expect(again.status == .ok)
            #expect(unknown.status == .notFound)
            #expect(unknown.detail == "Student link not found")
            #expect(try await api.studentIDs(as: .instructor).isEmpty)
            let sessions = try await api.send(.get, "/api/instructor/students/\(student)/sessions", as: .instructor)
            #expect(sessions.status == .notFound)
            #expect(sessions.detail == "Student not linked")
        }
    }
}

import Foundation
import Hummingbird
import Storage

extension InstructorRoutes {
    static func linkRoutes(store: any InstructorStore) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/instructor/students", on: .account, tag: "Instructor", summary: "The caller's actively linked students (instructors)",
                      docs: InstructorDocs.students) { _, _, instructor in
                let students = try await store.students(OwnerScope(userID: instructor.id), recentFlags: recentFlagsPerStudent)
                return try JSONCoding.response(StudentListResponse(students: students.map(StudentEntry.init)))
            },
            RouteSpec(.post, "/api/instructor/invite", on: .account, tag: "Instructor",
                      summary: "Create a single-use invite code that expires after 7 days (instructors)", docs: InstructorDocs.invite) { _, _, instructor in
                let code = InviteCode.make()
                _ = try await store.createInvite(codeHash: InviteCode.hash(code), OwnerScope(userID: instructor.id), now: Date())
                return try JSONCoding.response(InviteResponse(invite_code: code))
            },
            RouteSpec(.post, "/api/instructor/accept/{code}", on: .account, tag: "Instructor",
                      summary: "Accept an instructor's invite code and become their student", docs: InstructorDocs.accept) { _, context, student in
                guard let code = context.parameters.get("code"), InviteCode.isWellFormed(code) else {
                    throw AppError.notFound(InviteCode.invalidDetail)
                }
                switch try await store.acceptInvite(codeHash: InviteCode.hash(code), studentID: student.id, now: Date()) {
                case .linked: return try JSONCoding.response(StatusResponse(status: "linked"))
                case .invalid: throw AppError.notFound(InviteCode.invalidDetail)
                case .ownInvite: throw AppError.badRequest("Cannot accept your own invite")
                }
            },
            RouteSpec(.delete, "/api/instructor/students/{student_id}", on: .account, tag: "Instructor",
                      summary: "Remove the link to a student, whatever its status (instructors)", docs: InstructorDocs.removeStudent) {
                _, context, instructor in
                guard let studentID = context.parameters.get("student_id"),
                      try await store.removeLink(studentID: studentID, OwnerScope(userID: instructor.id), now: Date()) else {
                    throw AppError.notFound("Student link not found")
                }
                return try JSONCoding.response(StatusResponse(status: "removed"))
            },
        ]
    }
}

/// `{"invite_code": "Zq3x9K_aB1c"}`.
public struct InviteResponse: Codable {
    public let invite_code: String
}

import Foundation
import Hummingbird
import Storage

extension InstructorRoutes {
    static func studentRoutes(store: any InstructorStore, sessions: any SessionStore) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/instructor/students/{student_id}/sessions", on: .student, tag: "Instructor",
                      summary: "A linked student's newest sessions with their flags (instructors with an active link)",
                      docs: InstructorDocs.studentSessions) { _, _, student in
                let recent = Array(try await sessions.list(OwnerScope(userID: student.studentID)).prefix(sessionsPerStudent))
                let flags = try await store.flags(sessions: recent.map(\.sessionID), student)
                let entries = recent.map { StudentSessionEntry(record: $0, flags: flags[$0.sessionID] ?? []) }
                return try JSONCoding.response(StudentSessionListResponse(sessions: entries))
            },
            RouteSpec(.get, "/api/instructor/students/{student_id}/flags", on: .student, tag: "Instructor",
                      summary: "A linked student's newest flags (instructors with an active link)", docs: InstructorDocs.flags) { _, _, student in
                let flags = try await store.flags(student, limit: flagsPerStudent)
                return try JSONCoding.response(FlagListResponse(flags: flags.map(FlagEntry.init)))
            },
            RouteSpec(.post, "/api/instructor/students/{student_id}/flags", on: .student, tag: "Instructor",
                      summary: "Flag a linked student, optionally about one of their sessions (instructors with an active link)",
                      docs: InstructorDocs.createFlag) { request, context, student in
                let instructor = try context.requireCaller()
                let body = try CreateFlagRequest(try await JSONBody.read(request, context: context))
                switch try await store.addManualFlag(body.flag, createdBy: instructor.id, student) {
                case .added(let flag): return try JSONCoding.response(FlagEntry(flag: flag))
                case .unknownSession:
                    throw AppError.unprocessable("Session \(body.flag.sessionID ?? "") is not a session of this student")
                }
            },
        ]
    }
}

@testable import App
import Storage
import TestSupport

/// Instructor answers decoded for the API tests.
extension TestAPI {
    /// The students of `GET /api/instructor/students` as the persona.
    func studentList(as persona: TestWorld.Persona) async throws -> [LinkedStudent] {
        try await students(as: persona).decode(StudentListResponse.self).students.map(\.student)
    }

    /// Student ids of `GET /api/instructor/students` as the persona.
    func studentIDs(as persona: TestWorld.Persona) async throws -> [String] {
        try await studentList(as: persona).map(\.studentID)
    }

    /// The flags of `GET …/students/{id}/flags` as the persona (throws unless the answer is a flag list).
    func flagList(of student: String, as persona: TestWorld.Persona) async throws -> [StudentFlag] {
        try await flags(of: student, as: persona).decode(FlagListResponse.self).flags.map(\.flag)
    }

    /// A session's summary as its owner, driver A.
    func summary(_ session: String) async throws -> SessionSummary {
        try await self.session(session, as: .driverA).decode(SessionSummary.self)
    }
}

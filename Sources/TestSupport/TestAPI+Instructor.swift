import App
import HTTPTypes
import HummingbirdTesting

extension TestAPI {
    /// Makes `instructor` an instructor and links `student` to them through the API: an invite as the instructor,
    /// accepted as the student. Safe to repeat (re-activates).
    public func link(_ student: TestWorld.Persona, to instructor: TestWorld.Persona) async throws {
        try await world.setRole(instructor, .instructor, client: client)
        let code = try await invite(as: instructor)
        _ = try Self.ok(try await accept(code, as: student), "accept as \(student)")
    }

    /// `POST /api/instructor/invite`: the fresh code of `instructor` (who must already have the instructor role).
    public func invite(as instructor: TestWorld.Persona) async throws -> String {
        let response = try await send(.post, "/api/instructor/invite", as: instructor)
        return try Self.ok(response, "invite as \(instructor)").decode(InviteResponse.self).invite_code
    }

    /// `POST /api/instructor/accept/{code}`.
    public func accept(_ code: String, as persona: TestWorld.Persona) async throws -> TestResponse {
        try await send(.post, "/api/instructor/accept/\(code)", as: persona)
    }

    /// `GET /api/instructor/students`.
    public func students(as persona: TestWorld.Persona) async throws -> TestResponse {
        try await send(.get, "/api/instructor/students", as: persona)
    }

    /// `POST /api/instructor/students/{id}/flags`.
    public func flag(_ student: String, type: String, description: String = "Watch the brake points", session: String? = nil,
                     as persona: TestWorld.Persona) async throws -> TestResponse {
        try await send(.post, "/api/instructor/students/\(student)/flags", as: persona,
                       json: ["flag_type": type, "description": description, "session_id": session])
    }

    /// `GET /api/instructor/students/{id}/flags`.
    public func flags(of student: String, as persona: TestWorld.Persona) async throws -> TestResponse {
        try await send(.get, "/api/instructor/students/\(student)/flags", as: persona)
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TestSupport

/// Request helpers for the instructor API tests, on top of `OrgAPI`'s JSON plumbing.
struct InstructorAPI {
    let client: any TestClientProtocol
    let world: TestWorld
    var json: OrgAPI { OrgAPI(client: client, world: world) }

    func send(_ method: HTTPRequest.Method, _ uri: String, as persona: TestWorld.Persona,
              json body: [String: Any?]? = nil) async throws -> TestResponse {
        try await json.send(method, uri, as: persona, json: body)
    }

    func userID(_ persona: TestWorld.Persona) async throws -> String { try await world.userID(persona, client: client) }

    func invite(as instructor: TestWorld.Persona) async throws -> String { try await world.invite(as: instructor, client: client) }

    func accept(_ code: String, as persona: TestWorld.Persona) async throws -> TestResponse {
        try await send(.post, "/api/instructor/accept/\(code)", as: persona)
    }

    func flag(_ student: String, type: String, description: String = "Watch the brake points", session: String? = nil,
              as persona: TestWorld.Persona) async throws -> TestResponse {
        try await send(.post, "/api/instructor/students/\(student)/flags", as: persona,
                       json: ["flag_type": type, "description": description, "session_id": session])
    }

    /// `flags` of `GET …/students/{id}/flags`, or nil when the answer is not 200.
    func flags(of student: String, as persona: TestWorld.Persona) async throws -> [[String: Any]]? {
        let response = try await send(.get, "/api/instructor/students/\(student)/flags", as: persona)
        guard response.status == .ok else { return nil }
        return (response.json as? [String: Any])?["flags"] as? [[String: Any]]
    }

    /// Student ids of `GET /api/instructor/students`.
    func studentIDs(as persona: TestWorld.Persona) async throws -> [String] {
        let response = try await send(.get, "/api/instructor/students", as: persona)
        return ((response.json as? [String: Any])?["students"] as? [[String: Any]])?.compactMap { $0["student_id"] as? String } ?? []
    }
}

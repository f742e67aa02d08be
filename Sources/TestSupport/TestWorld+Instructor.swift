import Foundation
import HTTPTypes
import HummingbirdTesting
import Storage

extension TestWorld.Persona {
    /// An instructor actively linked to driver A (set up through the API by `TestWorld.link`).
    public static let instructorLinkedA = TestWorld.Persona(name: "instructor-linked-a")
}

extension TestWorld {
    /// Makes `instructor` an instructor and links `student` to them through the API: `POST /api/instructor/invite`
    /// as the instructor, `POST /api/instructor/accept/{code}` as the student. Safe to repeat (re-activates).
    public func link(_ student: Persona, to instructor: Persona, client: any TestClientProtocol) async throws {
        try await setRole(instructor, .instructor, client: client)
        let code = try await invite(as: instructor, client: client)
        let accepted = try await client.execute(uri: "/api/instructor/accept/\(code)", method: .post, headers: headers(student))
        guard accepted.status == .ok else {
            throw TestWorldError(description: "accept as \(student) answered \(accepted.status.code): \(accepted.text.prefix(200))")
        }
    }

    /// A fresh invite code of `instructor` (who must already have the instructor role).
    public func invite(as instructor: Persona, client: any TestClientProtocol) async throws -> String {
        let response = try await client.execute(uri: "/api/instructor/invite", method: .post, headers: headers(instructor))
        guard response.status == .ok, let code = (response.json as? [String: Any])?["invite_code"] as? String else {
            throw TestWorldError(description: "invite as \(instructor) answered \(response.status.code): \(response.text.prefix(200))")
        }
        return code
    }
}

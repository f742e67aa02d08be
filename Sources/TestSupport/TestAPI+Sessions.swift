import HTTPTypes
import HummingbirdTesting

extension TestAPI {
    /// `POST /api/sessions/upload` of fixtures, as the persona.
    public func upload(_ stems: [String], as persona: TestWorld.Persona) async throws -> TestResponse {
        let files = try stems.map { (name: Optional($0 + ".csv"), bytes: try Upload.fixtureBytes($0)) }
        return try await client.execute(uri: "/api/sessions/upload", method: .post,
                                         headers: world.headers(persona, Upload.contentType), body: Upload.body(files))
    }

    /// `GET /api/sessions/{id}` as the persona.
    public func session(_ id: String, as persona: TestWorld.Persona) async throws -> TestResponse {
        try await send(.get, "/api/sessions/\(id)", as: persona)
    }
}

import HummingbirdTesting

extension TestAPI {
    /// `GET /api/coaching/{id}/report[?skill_level=]` as the persona.
    public func coachingReport(_ sessionID: String, skill: String? = nil, as persona: TestWorld.Persona) async throws -> TestResponse {
        let query = skill.map { "?skill_level=\($0)" } ?? ""
        return try await send(.get, "/api/coaching/\(sessionID)/report\(query)", as: persona)
    }

    /// `POST /api/coaching/{id}/report` as the persona, with `skill_level` and `force` when given.
    public func requestCoaching(_ sessionID: String, skill: String? = nil, force: Bool? = nil,
                                as persona: TestWorld.Persona) async throws -> TestResponse {
        var body: [String: Any?] = [:]
        if let skill { body["skill_level"] = skill }
        if let force { body["force"] = force }
        return try await send(.post, "/api/coaching/\(sessionID)/report", as: persona, json: body)
    }
}

extension TestAPI {
    /// `POST /api/coaching/{id}/chat` with `{"content": content}` as the persona.
    public func chat(_ sessionID: String, _ content: String, as persona: TestWorld.Persona) async throws -> TestResponse {
        try await send(.post, "/api/coaching/\(sessionID)/chat", as: persona, json: ["content": content, "context": [:] as [String: Any]])
    }
}

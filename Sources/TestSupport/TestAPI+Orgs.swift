import HTTPTypes
import HummingbirdTesting

extension TestAPI {
    /// `POST /api/orgs`; fails the set-up unless it answers 200.
    @discardableResult
    public func createOrg(_ slug: String, name: String = "Southeast HPDE", brandColor: String? = nil,
                          as persona: TestWorld.Persona) async throws -> TestResponse {
        try Self.ok(try await send(.post, "/api/orgs", as: persona, json: ["name": name, "slug": slug, "brand_color": brandColor]),
                    "create org \(slug)")
    }

    /// `POST /api/orgs/{slug}/members`: adds `member` with `role` (and `runGroup`), as `adder`.
    public func addMember(_ member: TestWorld.Persona, role: String? = nil, runGroup: String? = nil, to slug: String,
                          as adder: TestWorld.Persona) async throws -> TestResponse {
        var body: [String: Any?] = ["user_id": try await userID(member)]
        if let role { body["role"] = role }
        if let runGroup { body["run_group"] = runGroup }
        return try await send(.post, "/api/orgs/\(slug)/members", as: adder, json: body)
    }

    /// `POST /api/orgs/{slug}/events` at Barber Motorsports Park; fails the set-up unless it answers 200.
    @discardableResult
    public func createEvent(in slug: String, name: String = "Spring HPDE", date: String, runGroups: [String]? = nil,
                            as persona: TestWorld.Persona) async throws -> TestResponse {
        try Self.ok(try await send(.post, "/api/orgs/\(slug)/events", as: persona,
                                   json: ["name": name, "track_name": "Barber Motorsports Park", "event_date": date,
                                          "run_groups": runGroups]), "create event in \(slug)")
    }

    /// `GET /api/orgs` as the persona.
    public func organizations(as persona: TestWorld.Persona) async throws -> TestResponse {
        try await send(.get, "/api/orgs", as: persona)
    }

    /// `GET /api/orgs/{slug}/members` as the persona.
    public func members(of slug: String, as persona: TestWorld.Persona) async throws -> TestResponse {
        try await send(.get, "/api/orgs/\(slug)/members", as: persona)
    }

    /// `GET /api/orgs/{slug}/events` as the persona.
    public func events(of slug: String, as persona: TestWorld.Persona) async throws -> TestResponse {
        try await send(.get, "/api/orgs/\(slug)/events", as: persona)
    }
}

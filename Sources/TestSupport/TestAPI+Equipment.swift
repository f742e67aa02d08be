import HTTPTypes
import HummingbirdTesting

extension TestAPI {
    /// A profile body: a named tyre of a compound class with its friction coefficient.
    public static func profileBody(name: String = "Weekend setup", compound: String = "super_200tw", mu: Double = 1.12,
                                   isDefault: Bool = false) -> [String: Any?] {
        ["name": name, "is_default": isDefault,
         "tires": ["model": "Test tyre \(mu)", "compound_category": compound, "size": "245/40R17", "treadwear_rating": 200,
                   "estimated_mu": mu, "mu_source": "curated_table", "mu_confidence": "test"] as [String: Any]]
    }

    /// `POST /api/equipment/profiles` as the persona; returns the new profile's id.
    public func equipmentProfile(_ body: [String: Any?] = TestAPI.profileBody(), as persona: TestWorld.Persona) async throws -> String {
        let response = try await send(.post, "/api/equipment/profiles", as: persona, json: body)
        return try Self.ok(response, "POST /api/equipment/profiles as \(persona)", expect: .created).decode(CreatedID.self).id
    }

    /// `PUT /api/equipment/{session}/equipment` with the profile, as the persona.
    public func assignEquipment(_ profileID: String, to sessionID: String, as persona: TestWorld.Persona) async throws {
        let response = try await send(.put, "/api/equipment/\(sessionID)/equipment", as: persona, json: ["profile_id": profileID])
        _ = try Self.ok(response, "PUT /api/equipment/\(sessionID)/equipment as \(persona)")
    }

    struct CreatedID: Decodable { let id: String }
}

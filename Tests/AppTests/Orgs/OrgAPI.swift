import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TestSupport

/// Request helpers for the organization API tests: JSON in, parsed JSON out, as a persona.
struct OrgAPI {
    let client: any TestClientProtocol
    let world: TestWorld

    func send(_ method: HTTPRequest.Method, _ uri: String, as persona: TestWorld.Persona,
              json: [String: Any?]? = nil) async throws -> TestResponse {
        var body: ByteBuffer?
        if let json {
            let object = json.mapValues { $0 ?? NSNull() }
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
        }
        return try await client.execute(uri: uri, method: method,
                                        headers: world.headers(persona, [.contentType: "application/json"]), body: body)
    }

    func sendRaw(_ method: HTTPRequest.Method, _ uri: String, as persona: TestWorld.Persona, body: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: method, headers: world.headers(persona, [.contentType: "application/json"]),
                                 body: ByteBuffer(string: body))
    }

    func userID(_ persona: TestWorld.Persona) async throws -> String {
        try await world.userID(persona, client: client)
    }

    /// Creates an organization and returns its summary; fails the set-up unless the API answers 200.
    @discardableResult
    func createOrg(_ slug: String, name: String = "Southeast HPDE", brandColor: String? = nil,
                   as persona: TestWorld.Persona) async throws -> [String: Any] {
        try Self.object(try await send(.post, "/api/orgs", as: persona,
                                       json: ["name": name, "slug": slug, "brand_color": brandColor]), "create org \(slug)")
    }

    /// Adds `member` to the organization with `role`, as `adder`.
    func addMember(_ member: TestWorld.Persona, role: String? = nil, runGroup: String? = nil, to slug: String,
                   as adder: TestWorld.Persona) async throws -> TestResponse {
        var body: [String: Any?] = ["user_id": try await userID(member)]
        if let role { body["role"] = role }
        if let runGroup { body["run_group"] = runGroup }
        return try await send(.post, "/api/orgs/\(slug)/members", as: adder, json: body)
    }

    /// Creates an event and returns it; fails the set-up unless the API answers 200.
    @discardableResult
    func createEvent(in slug: String, name: String = "Spring HPDE", date: String, runGroups: [String]? = nil,
                     as persona: TestWorld.Persona) async throws -> [String: Any] {
        try Self.object(try await send(.post, "/api/orgs/\(slug)/events", as: persona,
                                       json: ["name": name, "track_name": "Barber Motorsports Park", "event_date": date,
                                              "run_groups": runGroups]), "create event in \(slug)")
    }

    static func object(_ response: TestResponse, _ step: String) throws -> [String: Any] {
        guard response.status == .ok, let object = response.json as? [String: Any] else {
            throw TestWorldError(description: "\(step) answered \(response.status.code): \(response.text.prefix(300))")
        }
        return object
    }
}

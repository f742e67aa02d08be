import App
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// Requests against one test app as its personas: JSON in, `TestResponse` out. One wrapper per API call, in the
/// feature extensions (`TestAPI+Orgs`, `+Instructor`, `+Sharing`, `+Sessions`); tests decode answers into the
/// feature's own response types.
public struct TestAPI {
    public let client: any TestClientProtocol
    public let world: TestWorld

    public init(client: any TestClientProtocol, world: TestWorld) {
        self.client = client
        self.world = world
    }

    /// A request as the persona with a JSON body built from `json` (nil values are JSON nulls).
    public func send(_ method: HTTPRequest.Method, _ uri: String, as persona: TestWorld.Persona,
                     json: [String: Any?]? = nil) async throws -> TestResponse {
        var body: ByteBuffer?
        if let json {
            let object = json.mapValues { $0 ?? NSNull() }
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
        }
        return try await client.execute(uri: uri, method: method,
                                        headers: world.headers(persona, [.contentType: "application/json"]), body: body)
    }

    /// A request as the persona with `body` sent as it is, labelled JSON.
    public func sendRaw(_ method: HTTPRequest.Method, _ uri: String, as persona: TestWorld.Persona, body: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: method, headers: world.headers(persona, [.contentType: "application/json"]),
                                 body: ByteBuffer(string: body))
    }

    /// A GET with the given headers only.
    public func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers)
    }

    /// `GET /api/auth/me` as the persona.
    public func me(as persona: TestWorld.Persona) async throws -> TestResponse {
        try await client.execute(uri: "/api/auth/me", method: .get, headers: world.headers(persona))
    }

    /// The persona's internal user id (the account is created on first sight).
    public func userID(_ persona: TestWorld.Persona) async throws -> String {
        try Self.ok(try await me(as: persona), "GET /api/auth/me as \(persona)").decode(UserProfile.self).id
    }

    /// `response` when it has the `expect`ed status (200 by default); else an error naming the set-up `step`.
    static func ok(_ response: TestResponse, _ step: String, expect: HTTPResponse.Status = .ok) throws -> TestResponse {
        guard response.status == expect else {
            throw TestWorldError(description: "\(step) answered \(response.status.code): \(response.text.prefix(300))")
        }
        return response
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TestSupport

/// Request helpers for the sharing API tests.
struct ShareAPI {
    let client: any TestClientProtocol
    let world: TestWorld

    static let novice = "barber_2026-03-21_novice"
    static let advanced = "barber_2026-04-18_advanced"

    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers)
    }

    func create(_ sessionID: String, as persona: TestWorld.Persona) async throws -> TestResponse {
        try await client.execute(uri: "/api/sharing/create", method: .post,
                                 headers: world.headers(persona, [.contentType: "application/json"]),
                                 body: ByteBuffer(string: #"{"session_id": "\#(sessionID)"}"#))
    }

    /// A challenger upload of a fixture through the link, with no credentials but the token in the path.
    func challenge(_ token: String, stem: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        var all = Upload.contentType
        for field in headers { all.append(field) }
        return try await client.execute(uri: "/api/sharing/\(token)/upload", method: .post, headers: all,
                                        body: Upload.body([(name: stem + ".csv", bytes: try Upload.fixtureBytes(stem))]))
    }

    /// An upload attempt that the limiter counts but that carries no file (cheap to send many of).
    func emptyChallenge(_ token: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await client.execute(uri: "/api/sharing/\(token)/upload", method: .post,
                                 headers: headers.isEmpty ? [.contentType: "application/json"] : headers,
                                 body: ByteBuffer(string: "{}"))
    }
}

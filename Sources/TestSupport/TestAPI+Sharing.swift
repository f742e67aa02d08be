import App
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Storage

extension TestAPI {
    /// `POST /api/sharing/create` for the session, as the persona.
    public func createShare(_ sessionID: String, as persona: TestWorld.Persona) async throws -> TestResponse {
        try await sendRaw(.post, "/api/sharing/create", as: persona, body: #"{"session_id": "\#(sessionID)"}"#)
    }

    /// The token of a new share link on the persona's session; fails the set-up unless the link is created.
    public func shareLink(_ sessionID: String, as persona: TestWorld.Persona) async throws -> String {
        let response = try await createShare(sessionID, as: persona)
        return try Self.ok(response, "POST /api/sharing/create as \(persona)").decode(CreatedShareLink.self).token
    }

    /// A link created `age` ago directly in the store (8 days: already expired), returning its token.
    public func backdatedShareLink(_ sessionID: String, as persona: TestWorld.Persona,
                                   age: TimeInterval = 8 * 24 * 3600) async throws -> String {
        let owner = try await userID(persona)
        guard let session = try await SQLSessionStore(database: world.app.database).locate(id: sessionID) else {
            throw TestWorldError(description: "no session \(sessionID)")
        }
        let token = "expired" + String(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(15))
        _ = try await SQLShareStore(database: world.app.database).create(
            tokenHash: ShareTokenHash.of(token), session: session, OwnerScope(userID: owner), now: Date().addingTimeInterval(-age))
        return token
    }

    /// `POST /api/sharing/{token}/upload`: a challenger upload of a fixture, with no credentials but the token in the path.
    public func challenge(_ token: String, stem: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        var all = Upload.contentType
        for field in headers { all.append(field) }
        return try await client.execute(uri: "/api/sharing/\(token)/upload", method: .post, headers: all,
                                        body: Upload.body([(name: stem + ".csv", bytes: try Upload.fixtureBytes(stem))]))
    }

    /// A challenger upload that the limiter counts but that carries no file (cheap to send many of).
    public func emptyChallenge(_ token: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await client.execute(uri: "/api/sharing/\(token)/upload", method: .post,
                                 headers: headers.isEmpty ? [.contentType: "application/json"] : headers,
                                 body: ByteBuffer(string: "{}"))
    }
}

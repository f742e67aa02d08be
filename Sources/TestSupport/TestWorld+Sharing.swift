import App
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Storage

extension TestWorld.Persona {
    /// Holds a valid share token of a link on driver A's session (sent as `X-Share-Token`, and in the path of the
    /// sharing routes).
    public static let shareValid = TestWorld.Persona(name: "share-valid")
    /// Holds the token of a link on driver A's session that expired a day ago.
    public static let shareExpired = TestWorld.Persona(name: "share-expired")

    public var isShareHolder: Bool { name.hasPrefix("share-") }
}

extension TestWorld {
    /// Creates a share link for the persona's session through the API and returns its token.
    public func shareLink(_ sessionID: String, as persona: Persona, client: any TestClientProtocol) async throws -> String {
        let response = try await client.execute(
            uri: "/api/sharing/create", method: .post, headers: headers(persona, [.contentType: "application/json"]),
            body: ByteBuffer(string: #"{"session_id": "\#(sessionID)"}"#))
        guard let token = (response.json as? [String: Any])?["token"] as? String else {
            throw TestWorldError(description: "POST /api/sharing/create as \(persona) answered \(response.status.code)")
        }
        return token
    }

    /// A link created `age` ago directly in the store (8 days: already expired), returning its token.
    public func backdatedShareLink(_ sessionID: String, as persona: Persona, age: TimeInterval = 8 * 24 * 3600,
                                   client: any TestClientProtocol) async throws -> String {
        let owner = try await userID(persona, client: client)
        guard let session = try await SQLSessionStore(database: app.database).locate(id: sessionID) else {
            throw TestWorldError(description: "no session \(sessionID)")
        }
        let token = "expired" + String(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(15))
        _ = try await SQLShareStore(database: app.database).create(
            tokenHash: ShareTokenHash.of(token), session: session, OwnerScope(userID: owner), now: Date().addingTimeInterval(-age))
        return token
    }

    /// Headers that present a share token (outside the sharing routes' path).
    public func shareHeaders(_ token: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        headers[HTTPField.Name("X-Share-Token")!] = token
        return headers
    }
}

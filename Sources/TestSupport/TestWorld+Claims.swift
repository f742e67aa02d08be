import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Storage

extension TestWorld.Persona {
    /// A signed-out visitor holding the claim token of a session they uploaded (sent as the `cataclysm_claim` cookie).
    public static let claimHolder = TestWorld.Persona(name: "claim-holder")

    public var isClaimHolder: Bool { name == "claim-holder" }
}

extension TestWorld {
    /// Headers that present a claim token the way the browser does: in the cookie the anonymous upload set.
    public func claimHeaders(_ token: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        headers[.cookie] = "cataclysm_claim=\(token)"
        return headers
    }

    /// The headers a matrix persona sends: a share token, a claim cookie, or the persona's own credentials.
    public func matrixHeaders(_ persona: Persona, _ values: [String: String], _ extra: HTTPFields = [:]) -> HTTPFields {
        if persona.isShareHolder { return shareHeaders(values["token"] ?? "", extra) }
        if persona.isClaimHolder { return claimHeaders(values["claim"] ?? "", extra) }
        return headers(persona, extra)
    }

    /// A session a signed-out visitor uploaded, stored through the session service (no HTTP round trip): its id and
    /// the claim token the visitor's cookie would carry.
    public func anonymousSession(_ stem: String) async throws -> (sessionID: String, token: String) {
        let bytes = [UInt8](try Data(contentsOf: TestPaths.fixture(stem).csv))
        let stored = try await app.sessions.ingestAnonymous(bytes, filename: stem + ".csv",
                                                            claims: SQLClaimStore(database: app.database), clientIP: "192.0.2.1")
        return (stored.record.sessionID, stored.token)
    }
}

extension TestAPI {
    /// An upload while signed out: the new session's id and its claim token (from the answer's `claim_tokens`, which
    /// must match the cookie it sets).
    public func anonymousUpload(_ stem: String) async throws -> (sessionID: String, token: String) {
        let response = try await client.execute(uri: "/api/sessions/upload", method: .post, headers: Upload.contentType,
                                                body: Upload.body([(stem + ".csv", try Upload.fixtureBytes(stem))]))
        guard response.status == .ok, let body = response.json as? [String: Any],
              let id = (body["session_ids"] as? [String])?.first, let token = (body["claim_tokens"] as? [String: String])?[id],
              response.headers[.setCookie]?.hasPrefix("cataclysm_claim=\(token);") == true else {
            throw TestWorldError(description: "anonymous upload answered \(response.status.code): \(response.text.prefix(300))")
        }
        return (id, token)
    }
}

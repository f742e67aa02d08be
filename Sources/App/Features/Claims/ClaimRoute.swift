import Foundation
import Hummingbird
import Storage

/// `POST /api/sessions/claim` (client-extras.md §4.2 with the claim token): a signed-in user takes over the session
/// they uploaded while signed out. The token comes from the body or from the HttpOnly cookie the upload set (the
/// unchanged web client sends only `session_id`). Every failure but the demo is one 404, so the answer never tells
/// whether someone else owns the id.
enum ClaimRoute {
    static let notFound = "Session not found or expired"

    static func route(sessions: SessionService, store: any SessionStore, claims: any ClaimStore, achievements: AchievementService,
                      secureCookies: Bool) -> RouteSpec {
        RouteSpec(.post, "/api/sessions/claim", on: .account, tag: "Sessions",
                  summary: "Claim the session uploaded while signed out (body: session_id, claim_token or the claim cookie)",
                  docs: RouteDocs(.user, .json(.object(["message": .string])), errors: [400, 404], body: .json(.object(
                      ["session_id": .string(minLength: 1)], optional: ["claim_token": JSONSchema.string.nullable])))) {
            request, context, caller in
            let body = try await JSONBody.read(request, context: context)
            let sessionID = try body.requiredString("session_id")
            let token = try body.optionalString("claim_token") ?? ClaimToken.fromCookie(request.headers)
            let existing = try await store.locate(id: sessionID)
            if existing?.ownerID == DemoUser.id { throw AppError.badRequest("Demo session cannot be claimed") }
            let outcome: ClaimOutcome
            if let token, ClaimToken.isWellFormed(token) {
                outcome = try await claims.claim(sessionID: sessionID, tokenHash: ClaimToken.hash(token), ownerID: caller.id, now: Date())
            } else if let existing, existing.ownerID == caller.id {
                outcome = .alreadyYours(existing)
            } else {
                outcome = .notFound
            }
            switch outcome {
            case .claimed(let record):
                try await sessions.claimed(record)
                do {
                    let held = try await achievements.held(userID: caller.id)
                    _ = try await achievements.uploaded([record.sessionID], userID: caller.id, heldBefore: held)
                } catch {
                    context.logger.error("achievements after claim failed", metadata: ["error_type": "\(type(of: error))"])
                }
                context.logger.notice("session claimed", metadata: ["session_id": "\(record.sessionID)"])
            case .alreadyYours:
                break
            case .notFound:
                throw AppError.notFound(notFound)
            }
            var response = try JSONCoding.response(StatusResponse(message: "Session \(sessionID) claimed successfully"))
            response.headers[.setCookie] = ClaimToken.clearCookie(secure: secureCookies)
            return response
        }
    }
}

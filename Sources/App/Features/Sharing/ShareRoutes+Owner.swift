import Foundation
import Hummingbird
import Policy
import Storage

extension ShareRoutes {
    /// Create, list and revoke: the signed-in owner's side.
    static func ownerRoutes(_ d: Dependencies) -> [RouteSpec] {
        [
            RouteSpec(.post, "/api/sharing/create", on: .account, tag: "Sharing",
                      summary: "Create a 7-day share link for one of the caller's sessions (body: session_id)", docs: ShareDocs.create) {
                request, context, caller in
                let sessionID = try await JSONBody.read(request, context: context).requiredString("session_id")
                let session = try await d.gate.authorized(shareSession, d.session, id: sessionID, context)
                let token = ShareToken.make()
                let link = try await d.shares.create(tokenHash: ShareToken.hash(token), session: session,
                                                     OwnerScope(userID: caller.id), now: d.clock())
                let path = "/share/\(token)"
                return try JSONCoding.response(CreatedShareLink(
                    id: link.id, token: token, share_url: path, url: (d.publicBaseURL ?? "") + path,
                    session_id: link.sessionID, track_name: link.trackName,
                    created_at: Timestamp.iso8601(link.createdAt), expires_at: Timestamp.iso8601(link.expiresAt)))
            },
            RouteSpec(.get, "/api/sharing/mine", on: .account, tag: "Sharing",
                      summary: "The caller's share links (tokens are not kept; revoke by id)", docs: ShareDocs.mine) { _, _, caller in
                let now = d.clock()
                let items = try await d.shares.list(OwnerScope(userID: caller.id)).map { summary in
                    ShareLinkEntry(id: summary.link.id, session_id: summary.link.sessionID, track_name: summary.link.trackName,
                                   created_at: Timestamp.iso8601(summary.link.createdAt),
                                   expires_at: Timestamp.iso8601(summary.link.expiresAt),
                                   is_expired: summary.link.isExpired(at: now), comparisons: summary.comparisons)
                }
                return try JSONCoding.response(ShareLinkList(items: items, total: items.count))
            },
            RouteSpec(.delete, "/api/sharing/{token}", on: d.link, tag: "Sharing",
                      summary: "Revoke one of the caller's share links (by token or by id) with its comparisons", docs: ShareDocs.revoke) {
                _, context, shared in
                let caller = try context.requireCaller()
                guard try await d.shares.revoke(id: shared.link.id, OwnerScope(userID: caller.id)) else {
                    throw AppError.notFound("Share link not found")
                }
                return try JSONCoding.response(StatusResponse.deleted("Share link revoked"))
            },
        ]
    }
}

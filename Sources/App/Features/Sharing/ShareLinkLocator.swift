import Policy
import Storage

extension ResourceLocator where Record == SharedSession {
    /// `share_link`: the path value is a token (looked up by its hash). A signed-in caller may also name one of their
    /// own links by id, as `GET /api/sharing/mine` lists them (tokens are not kept, so the list cannot show them).
    static func shareLink(_ lookup: ShareLookup) -> Self {
        Self(kind: "share_link", notFoundDetail: { _ in "Share link not found" }) { input in
            guard let value = input.id else { return nil }
            // on the credential routes the path token is the one the tenancy stage already resolved
            var found = input.shareGrant.flatMap { grant in
                ShareToken.constantTimeEquals(grant.shared.tokenHash, ShareToken.hash(value)) ? grant.shared : nil
            }
            if found == nil { found = try await lookup.find(token: value) }
            if found == nil, let user = input.user, input.principal.kind == .user {
                found = try await lookup.store.owned(id: value, OwnerScope(userID: user.id))
            }
            guard let found else { return nil }
            return Located(facts: ResourceFacts(kind: "share_link", id: found.link.id, ownerID: found.link.ownerID),
                           record: found)
        }
    }
}

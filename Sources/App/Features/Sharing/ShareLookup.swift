import Storage

/// Finds the link a presented token belongs to: shape check, lookup by hash, constant-time re-check of the hash.
/// Used by the share-credential resolver and by the `share_link` resource loader; handlers never look links up.
struct ShareLookup: ShareCredentialResolver {
    let store: any ShareStore

    func find(token: String) async throws -> SharedSession? {
        guard ShareToken.isWellFormed(token) else { return nil }
        let hash = ShareToken.hash(token)
        guard let found = try await store.locate(tokenHash: hash), ShareToken.constantTimeEquals(found.tokenHash, hash) else {
            return nil
        }
        return found
    }

    func resolve(token: String) async throws -> ShareGrant? {
        try await find(token: token).map(ShareGrant.init)
    }
}

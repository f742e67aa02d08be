import Storage

extension SessionService {
    /// Stores a signed-out visitor's file as the upload route does, outside a request (set-up of worlds and demos), and
    /// returns the session with the claim token its cookie would carry. The anonymous quotas are the route's, not this.
    public func ingestAnonymous(_ bytes: [UInt8], filename: String, claims: any ClaimStore,
                                clientIP: String) async throws -> (record: SessionRecord, token: String) {
        let token = ClaimToken.make()
        let record = try await ingestAnonymous(bytes, filename: filename, claims: claims, tokenHash: ClaimToken.hash(token),
                                               clientIP: clientIP)
        return (record, token)
    }
}

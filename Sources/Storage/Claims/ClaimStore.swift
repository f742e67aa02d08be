import Foundation

/// Anonymous uploads waiting to be claimed. Tokens are passed as their SHA-256 hex, never as the token.
public protocol ClaimStore: Sendable {
    /// Stores an anonymous session (no owner, expiring) with its file and claim, in one transaction.
    func insertAnonymous(_ session: SessionRecord, file: StoredFile, tokenHash: String, clientIP: String) async throws
    /// The unclaimed, unexpired session a token was issued for.
    func session(tokenHash: String, now: Date) async throws -> SessionRecord?
    /// Gives the session to `ownerID` when the token is its claim and it is unclaimed and unexpired; clears the claim,
    /// the anonymous flag, the client address and the expiry in the same statement.
    func claim(sessionID: String, tokenHash: String, ownerID: String, now: Date) async throws -> ClaimOutcome
}

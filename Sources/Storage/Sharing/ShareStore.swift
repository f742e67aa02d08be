import Foundation

/// Share links and the comparisons made through them. Tokens arrive here only as their SHA-256 hex.
public protocol ShareStore: Sendable {
    /// Creates a link publishing one of the owner's sessions, valid for `ShareLink.lifetime`.
    func create(tokenHash: String, session: SessionRecord, _ owner: OwnerScope, now: Date) async throws -> ShareLink
    /// The link with this token hash and the session it publishes: the policy engine's resource loader and the
    /// share-credential resolver. Not for handlers.
    func locate(tokenHash: String) async throws -> SharedSession?
    /// One of the owner's links by its id (revoking from the owner's list).
    func owned(id: String, _ owner: OwnerScope) async throws -> SharedSession?
    /// The owner's links, newest first, with their comparison counts.
    func list(_ owner: OwnerScope) async throws -> [ShareLinkSummary]
    /// Deletes one of the owner's links with its comparisons. False when nothing matched.
    func revoke(id: String, _ owner: OwnerScope) async throws -> Bool
    /// Stores the challenger's session (with its file) and the comparison report in one transaction.
    func recordChallenge(_ link: ShareLink, challenger: SessionRecord, file: StoredFile, reportJSON: String,
                         now: Date) async throws -> ShareComparison
    /// The most recent comparison made through the link.
    func latestComparison(_ link: ShareLink) async throws -> ShareComparison?
    /// Caches the AI comparison narrative on the comparison.
    func setAIComparison(_ text: String, comparisonID: String) async throws
}

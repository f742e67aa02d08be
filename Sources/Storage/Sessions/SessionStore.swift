import Foundation

/// Sessions, their stored files and lap tags.
public protocol SessionStore: Sendable {
    /// Stores the session row and its file in one transaction; the same bytes from the same owner
    /// return the existing session instead of a second copy.
    func insert(_ session: SessionRecord, file: StoredFile) async throws -> SessionInsertOutcome
    /// The caller's session with exactly these bytes (SHA-256), if any.
    func existing(contentSHA256: String, _ scope: OwnerScope) async throws -> SessionRecord?
    /// Loads one session by id for the policy engine's resource locator and `GatedSessions`. Not for handlers:
    /// they receive the already-authorized record.
    func locate(id: String) async throws -> SessionRecord?
    /// The caller's sessions, newest first.
    func list(_ scope: OwnerScope) async throws -> [SessionRecord]
    /// Sessions whose file is still stored as it was uploaded (identity encoding), oldest first, at most `limit`.
    func uploadedFiles(limit: Int) async throws -> [String]
    /// The stored file of the session with this id (an already-authorized session, or the compactor's), if it exists.
    func file(sessionID: String) async throws -> StoredFile?
    /// Replaces a file still stored as uploaded with `file` (its compressed form): false when another worker replaced
    /// it first or the session is gone.
    func replaceUploadedFile(sessionID: String, with file: StoredFile) async throws -> Bool
    /// Deletes one of the caller's sessions (cascading to files and tags). False when nothing matched.
    func delete(id: String, _ scope: OwnerScope) async throws -> Bool
    /// Deletes every session of the caller; returns how many.
    func deleteAll(_ scope: OwnerScope) async throws -> Int
    /// Lap number → tags (sorted) of an already-authorized session.
    func tags(of session: SessionRecord) async throws -> [Int: [String]]
    /// Deletes every session whose `expiresAt` has passed (challenger uploads); returns their ids.
    func purgeExpired(now: Date) async throws -> [String]
    /// Replaces the snapshot JSON of a session (its sidebar scores after a coaching report, say).
    func updateSnapshot(sessionID: String, json: String) async throws

    /// Replaces one lap's tags.
    func setTags(_ tags: [String], lap: Int, of session: SessionRecord) async throws
}

import Foundation

/// Private notes. Callers pass notes and sessions they already authorized.
public protocol NoteStore: Sendable {
    /// The note with this id, for the policy engine's resource locator. Not for handlers.
    func locate(noteID: String) async throws -> NoteRecord?
    /// Stores a new note unless its owner already has `limit` notes (false then, nothing written).
    func create(_ note: NoteRecord, limit: Int) async throws -> Bool
    /// The owner's notes matching the filter, pinned first, then the most recently updated.
    func notes(ownerID: String, _ filter: NoteFilter) async throws -> [NoteRecord]
    /// Applies the changes (and `updatedAt`); nil when the note is gone.
    func update(noteID: String, _ changes: NoteChanges, now: Date) async throws -> NoteRecord?
    /// Deletes the note; false when it was already gone.
    func delete(noteID: String) async throws -> Bool
}

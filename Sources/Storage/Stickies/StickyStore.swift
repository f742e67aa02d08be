import Foundation

/// Viewport stickies. Callers pass stickies they already authorized.
public protocol StickyStore: Sendable {
    /// The sticky with this id, for the policy engine's resource locator. Not for handlers.
    func locate(stickyID: String) async throws -> StickyRecord?
    /// Stores a new sticky unless its owner already has `limit` stickies (false then, nothing written).
    func create(_ sticky: StickyRecord, limit: Int) async throws -> Bool
    /// The owner's stickies, most recently updated first; only one view's when `viewScope` is given.
    func stickies(ownerID: String, viewScope: String?) async throws -> [StickyRecord]
    /// Applies the changes (and `updatedAt`); nil when the sticky is gone.
    func update(stickyID: String, _ changes: StickyChanges, now: Date) async throws -> StickyRecord?
    /// Deletes the sticky; false when it was already gone.
    func delete(stickyID: String) async throws -> Bool
}

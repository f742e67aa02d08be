import Foundation
import TelemetryCore

/// Corner records, corner kings and the opt-in that decides who appears on them.
public protocol LeaderboardStore: Sendable {
    /// Replaces the records of one of the owner's sessions and recomputes the kings of its track, in one transaction.
    func replaceRecords(_ records: [CornerRecord], of session: SessionRecord, _ owner: OwnerScope, now: Date) async throws
    /// Sets the caller's opt-in and recomputes the kings of every track they have records on.
    func setOptIn(_ optIn: Bool, _ scope: OwnerScope, now: Date) async throws
    /// Whether the caller has opted in.
    func isOptedIn(_ scope: OwnerScope) async throws -> Bool
    /// Recomputes the kings of one track (after sessions were deleted, say).
    func recomputeKings(track: String, now: Date) async throws
    /// The best record per opted-in driver at one corner, ranked by `category`.
    func board(track: String, corner: Int, category: LeaderboardCategory, limit: Int) async throws -> [LeaderboardEntry]
    /// The current kings of a track, by corner number.
    func kings(track: String) async throws -> [CornerKing]
}

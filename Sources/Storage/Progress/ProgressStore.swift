import Foundation

/// What the improvement board reads: sessions of one track by drivers who may appear on it.
public protocol ProgressStore: Sendable {
    /// Sessions of `track` (matched trimmed and case-folded) driven since `since`, with a best lap, owned by a user who
    /// opted in to the leaderboards or is `viewerID`; never the demo owner's. Oldest first (ties by upload time).
    func improvementSessions(track: String, since: Date, viewerID: String?) async throws -> [ImprovementSession]
}

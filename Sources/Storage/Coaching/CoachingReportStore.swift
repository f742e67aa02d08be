import Foundation

/// Coaching reports and their jobs, kept in the database so a restart or a second server instance sees the same
/// state (platform.md §3.2 "New"). Callers pass sessions they already authorized.
public protocol CoachingReportStore: Sendable {
    /// The row of a session at one level.
    func report(sessionID: String, skillLevel: String) async throws -> StoredCoachingReport?
    /// The most recently written ready report of a session, any level (PDF, chat).
    func latestReady(sessionID: String) async throws -> StoredCoachingReport?
    /// The most recently stored ready report of each session the user owns (one query, for recaps).
    func latestReady(ownerID: String) async throws -> [StoredCoachingReport]
    /// Marks a generation as started (see `CoachingQueueing`); returns the row as it now stands.
    func queue(sessionID: String, skillLevel: String, _ queueing: CoachingQueueing, now: Date) async throws -> StoredCoachingReport
    /// Takes up to `limit` started generations that nobody holds, or whose holder's claim is older than `leaseCutoff`
    /// (a crashed worker), for `worker`. A job is claimed by one worker only, even across server instances.
    func claim(limit: Int, worker: String, now: Date, leaseCutoff: Date) async throws -> [CoachingJob]
    /// How many generations are started and not yet written (claimed or not).
    func pendingCount() async throws -> Int
    /// Writes the outcome of a claimed job; false (and nothing written) when the job is no longer this worker's.
    func finish(_ job: CoachingJob, worker: String, status: CoachingReportStatus, generatedBy: String?, reportJSON: String?,
                now: Date) async throws -> Bool
    /// Writes a report directly as ready (the built-in coach at upload), unless a row already exists.
    func insertReady(_ job: CoachingJob, generatedBy: String, reportJSON: String, now: Date) async throws -> Bool
    /// Deletes a session's report at one level; false when there was none.
    func delete(sessionID: String, skillLevel: String) async throws -> Bool
    /// Marks every written report of the session stale.
    func markStale(sessionID: String) async throws
    /// Forced regenerations the user has used on that UTC day (`yyyy-MM-dd`).
    func regenerationsUsed(userID: String, utcDay: String) async throws -> Int
    /// Uses one forced regeneration unless `limit` are used already; true when one was used.
    func useRegeneration(userID: String, utcDay: String, limit: Int) async throws -> Bool
}

import Foundation

/// Rate-limit counters kept in the database, so restarts keep them and several server instances agree.
public protocol RateLimitStore: Sendable {
    /// Atomically checks every rule and, when none is exhausted, records one event against each.
    func acquire(_ rules: [RateLimitRule], now: Date) async throws -> RateLimitDecision
    /// Forgets events older than `cutoff` and buckets untouched since then (no window is longer); returns how many
    /// events went.
    func purge(before cutoff: Date) async throws -> Int
}

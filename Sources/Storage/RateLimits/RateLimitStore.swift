import Foundation

/// Rate-limit counters kept in the database, so restarts keep them and several server instances agree.
public protocol RateLimitStore: Sendable {
    /// Atomically checks every rule and, when none is exhausted, records one event against each.
    func acquire(_ rules: [RateLimitRule], now: Date) async throws -> RateLimitDecision
}

import Foundation
import Logging
import ServiceLifecycle
import Storage

/// Deletes expired challenger sessions (24 h after their upload) and rate-limit events older than the longest window:
/// once at start, then every `interval`.
struct ExpiredSessionSweeper: Service {
    let sessions: any SessionStore
    let rateLimits: any RateLimitStore
    let cache: SessionCache
    let logger: Logger
    let interval: Duration
    let clock: @Sendable () -> Date

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await sweep()
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One pass; failures are logged and retried at the next pass.
    func sweep() async {
        do {
            let removed = try await sessions.purgeExpired(now: clock())
            for id in removed { await cache.evict(id) }
            if !removed.isEmpty { logger.info("expired sessions deleted", metadata: ["count": "\(removed.count)"]) }
            _ = try await rateLimits.purge(before: clock().addingTimeInterval(-RateLimiter.day))
        } catch {
            logger.error("expired-session sweep failed", metadata: ["error_type": "\(type(of: error))"])
        }
    }
}

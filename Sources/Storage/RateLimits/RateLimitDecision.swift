import Foundation

/// The answer to "may this event happen now?".
public enum RateLimitDecision: Sendable, Equatable {
    /// Recorded against every rule.
    case allowed
    /// Not recorded: `rule` is exhausted until `retryAfter` seconds from now.
    case limited(RateLimitRule, retryAfter: TimeInterval)
}

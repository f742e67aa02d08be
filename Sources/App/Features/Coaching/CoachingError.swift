import Foundation

/// What the coaching service refuses, as typed values (`Errors/DomainErrorMapping` maps them to HTTP).
enum CoachingError: Error, Equatable {
    /// No report at that level yet (clients then POST to start one).
    case noReport
    /// No report of any level is ready to download (§3.4).
    case noReadyReport
    /// The chat needs a ready report to discuss (§3.5).
    case noReportToDiscuss
    /// The stored report had failed; it was deleted by this read (§3.2).
    case clearedAfterError
    /// The caller's forced regenerations for today are used up; the next UTC day starts at `resetsAt`.
    case regenerationLimitReached(resetsAt: Date)
}

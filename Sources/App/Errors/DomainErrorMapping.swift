import Foundation
import Storage
import TelemetryCore

/// The core's and the services' typed errors as HTTP errors: the one place they are mapped (`ErrorMiddleware` uses it).
extension AppError {
    init(_ error: AnalysisError) {
        switch error {
        case .validation(let issue): self = .validation([issue])
        case .incompatibleSessions(let detail): self = .badRequest(detail)
        case .unavailable, .lapNotFound: self = .notFound(error.detail)
        case .notEnoughLaps, .notEnoughSessions: self = .unprocessable(error.detail)
        }
    }

    init(_ error: SessionDataUnavailable) {
        self = .serviceUnavailable("Session data is temporarily unavailable, retry")
    }

    init(_ error: CoachingError, now: Date = Date()) {
        switch error {
        case .noReport: self = .notFound("No coaching report found")
        case .clearedAfterError: self = .notFound("Report cleared after error")
        case .noReportToDiscuss: self = .notFound("No coaching report for this session yet: generate one before asking the coach")
        case .noReadyReport: self = .notFound("No coaching report ready for this session: generate one first")
        case .regenerationLimitReached(let resetsAt):
            self = .rateLimited("Daily regeneration limit reached: \(Regenerations.dailyLimit) forced regenerations per day",
                                retryAfterSeconds: max(1, Int(resetsAt.timeIntervalSince(now).rounded(.up))))
        }
    }

    init(_ error: IdentityConflict) {
        switch error {
        case .emailHeldByAnotherAccount:
            self = .forbidden("This email address belongs to an existing account, and this sign-in does not verify it: "
                + "sign in with a provider that verifies email addresses")
        }
    }
}

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

    init(_ error: IdentityConflict) {
        switch error {
        case .emailHeldByAnotherAccount:
            self = .forbidden("This email address belongs to an existing account, and this sign-in does not verify it: "
                + "sign in with a provider that verifies email addresses")
        }
    }
}

import Policy

/// The one mapping from a refused authorization to the HTTP error, for route decisions and gate decisions alike:
/// 401 (503 when no auth secret is configured), 403 worded by the policy file, 404 worded by the resource's locator.
enum AccessRefusal {
    static func error(_ authorization: Authorization, authentication: Authentication, notFound detail: String) -> AppError {
        switch authorization.outcome {
        case .unauthenticated:
            if case .anonymous(.authNotConfigured) = authentication { return .serviceUnavailable("Auth not configured") }
            return .unauthenticated()
        case .forbidden:
            return .forbidden(authorization.forbiddenDetail ?? "Forbidden")
        case .notFound:
            return .notFound(detail)
        case .proceed:
            return .internalError
        }
    }
}

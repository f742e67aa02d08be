import Foundation
import HTTPTypes
import TelemetryCore

/// Every error a handler or middleware may raise, as a typed value. `ErrorMiddleware` maps them to HTTP in one place.
public enum AppError: Error, Sendable, Equatable {
    case badRequest(String)
    case unauthenticated(String = "Not authenticated")
    case forbidden(String)
    case notFound(String)
    case methodNotAllowed(allowed: [String])
    case conflict(String)
    case gone(String)
    case payloadTooLarge(String)
    /// 422 with a plain message.
    case unprocessable(String)
    /// 422 with the FastAPI-style list body (`loc`, `msg`, `type`).
    case validation([ValidationIssue])
    case rateLimited(String, retryAfterSeconds: Int)
    /// 429 for a fixed quota (notes, stickies per user): waiting does not help, so no `Retry-After`.
    case quotaReached(String)
    case serviceUnavailable(String)
    /// An upstream service (the weather provider) did not answer.
    case badGateway(String)
    case internalError

    public var status: HTTPResponse.Status {
        switch self {
        case .badRequest: return .badRequest
        case .unauthenticated: return .unauthorized
        case .forbidden: return .forbidden
        case .notFound: return .notFound
        case .methodNotAllowed: return .methodNotAllowed
        case .conflict: return .conflict
        case .gone: return .gone
        case .payloadTooLarge: return .contentTooLarge
        case .unprocessable, .validation: return .unprocessableContent
        case .rateLimited, .quotaReached: return .tooManyRequests
        case .serviceUnavailable: return .serviceUnavailable
        case .badGateway: return .badGateway
        case .internalError: return .internalServerError
        }
    }

    /// The `detail` value of the JSON envelope.
    var detail: ErrorDetail {
        switch self {
        case .badRequest(let m), .unauthenticated(let m), .forbidden(let m), .notFound(let m), .conflict(let m),
             .gone(let m), .payloadTooLarge(let m), .unprocessable(let m), .rateLimited(let m, _), .quotaReached(let m),
             .serviceUnavailable(let m), .badGateway(let m):
            return .message(m)
        case .methodNotAllowed: return .message("Method Not Allowed")
        case .validation(let issues): return .issues(issues)
        case .internalError: return .message("Internal server error")
        }
    }
}

/// One entry of a 422 validation body, FastAPI/pydantic style: the analysis core's type, so its errors map unchanged.
public typealias ValidationIssue = AnalysisError.ValidationIssue

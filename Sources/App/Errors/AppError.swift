import Foundation
import HTTPTypes

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
    case serviceUnavailable(String)
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
        case .rateLimited: return .tooManyRequests
        case .serviceUnavailable: return .serviceUnavailable
        case .internalError: return .internalServerError
        }
    }

    /// The `detail` value of the JSON envelope.
    var detail: ErrorDetail {
        switch self {
        case .badRequest(let m), .unauthenticated(let m), .forbidden(let m), .notFound(let m), .conflict(let m),
             .gone(let m), .payloadTooLarge(let m), .unprocessable(let m), .rateLimited(let m, _),
             .serviceUnavailable(let m):
            return .message(m)
        case .methodNotAllowed: return .message("Method Not Allowed")
        case .validation(let issues): return .issues(issues)
        case .internalError: return .message("Internal server error")
        }
    }
}

/// One entry of a 422 validation body, FastAPI/pydantic style.
public struct ValidationIssue: Sendable, Equatable, Encodable {
    public var type: String
    public var loc: [String]
    public var msg: String
    public var input: String?
    public var ctx: [String: Int]?

    public init(type: String, loc: [String], msg: String, input: String? = nil, ctx: [String: Int]? = nil) {
        self.type = type
        self.loc = loc
        self.msg = msg
        self.input = input
        self.ctx = ctx
    }

    enum CodingKeys: String, CodingKey { case type, loc, msg, input, ctx }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(loc, forKey: .loc)
        try container.encode(msg, forKey: .msg)
        try container.encode(input, forKey: .input)
        try container.encodeIfPresent(ctx, forKey: .ctx)
    }
}

enum ErrorDetail: Encodable, Equatable {
    case message(String)
    case issues([ValidationIssue])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .message(let text): try container.encode(text)
        case .issues(let list): try container.encode(list)
        }
    }
}

struct ErrorEnvelope: Encodable {
    var detail: ErrorDetail
}

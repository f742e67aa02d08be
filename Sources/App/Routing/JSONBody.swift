import Foundation
import Hummingbird

/// A JSON object request body, with field accessors that report problems FastAPI-style (422, `loc`/`msg`/`type`).
struct JSONBody {
    static let maxBytes = 1024 * 1024
    let object: [String: Any]

    /// Reads the body; empty is `{}`; not JSON or not an object is a 422 naming the problem.
    static func read(_ request: Request, context: AppRequestContext) async throws -> JSONBody {
        let buffer = try await request.body.collect(upTo: maxBytes)
        if buffer.readableBytes == 0 { return JSONBody(object: [:]) }
        let data = Data(buffer.readableBytesView)
        guard let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            throw AppError.validation([ValidationIssue(type: "json_invalid", loc: ["body"], msg: "JSON decode error")])
        }
        if value is NSNull { return JSONBody(object: [:]) }
        guard let object = value as? [String: Any] else {
            throw AppError.validation([ValidationIssue(type: "model_attributes_type", loc: ["body"],
                                                       msg: "Input should be a valid dictionary or object")])
        }
        return JSONBody(object: object)
    }

    /// A string field; absent or null is nil; another type is a 422.
    func optionalString(_ key: String) throws -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let string = value as? String else {
            throw AppError.validation([ValidationIssue(type: "string_type", loc: ["body", key],
                                                       msg: "Input should be a valid string", input: "\(value)")])
        }
        return string
    }

    /// A boolean field; absent/null is nil; strings and numbers are refused.
    func optionalBool(_ key: String) throws -> Bool? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let number = value as? NSNumber, CFGetTypeID(number) == CFBooleanGetTypeID() else {
            throw AppError.validation([ValidationIssue(type: "bool_type", loc: ["body", key],
                                                       msg: "Input should be a valid boolean", input: "\(value)")])
        }
        return number.boolValue
    }
}

import Foundation
import Hummingbird
import JSONValues

/// A JSON request body, with field accessors that report problems FastAPI-style (422, `loc`/`msg`/`type`).
struct JSONBody {
    static let maxBytes = 1024 * 1024
    let value: JSONValue
    /// No bytes at all (read as `null`, but not the same as a literal `null`).
    var isEmpty = false
    /// The bytes as received (for `decode(_:)`).
    var data = Data()

    var object: [String: JSONValue] {
        if case .object(let fields) = value { return fields }
        return [:]
    }

    /// Reads the body; empty is `null`; not JSON is a 422.
    static func read(_ request: Request, context: AppRequestContext) async throws -> JSONBody {
        let buffer = try await request.body.collect(upTo: maxBytes)
        if buffer.readableBytes == 0 { return JSONBody(value: .null, isEmpty: true) }
        do {
            let data = Data(buffer.readableBytesView)
            return JSONBody(value: try JSONDecoder().decode(JSONValue.self, from: data), data: data)
        } catch {
            throw AppError.validation([ValidationIssue(type: "json_invalid", loc: ["body"], msg: "JSON decode error")])
        }
    }

    /// The body must be an object (or empty / null, read as `{}`).
    func requireObject() throws -> [String: JSONValue] {
        switch value {
        case .object(let fields): return fields
        case .null: return [:]
        default:
            throw AppError.validation([ValidationIssue(type: "model_attributes_type", loc: ["body"],
                                                       msg: "Input should be a valid dictionary or object", input: value.preview)])
        }
    }

    /// The body must be an object, or absent (for routes whose every field has a default); a literal `null` is a 422.
    func requireObjectOrNothing() throws -> [String: JSONValue] {
        if isEmpty { return [:] }
        guard case .object(let fields) = value else {
            throw AppError.validation([ValidationIssue(type: "model_attributes_type", loc: ["body"],
                                                       msg: "Input should be a valid dictionary or object", input: value.preview)])
        }
        return fields
    }

    /// A string field; absent or null is nil; another type is a 422.
    func optionalString(_ key: String) throws -> String? {
        switch try requireObject()[key] {
        case nil, .null?: return nil
        case .string(let text)?: return try Self.storable(text, loc: ["body", key])
        case let other?:
            throw AppError.validation([ValidationIssue(type: "string_type", loc: ["body", key],
                                                       msg: "Input should be a valid string", input: other.preview)])
        }
    }

    /// A boolean field; absent/null is nil; strings and numbers are refused.
    func optionalBool(_ key: String) throws -> Bool? {
        switch try requireObject()[key] {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        case let other?:
            throw AppError.validation([ValidationIssue(type: "bool_type", loc: ["body", key],
                                                       msg: "Input should be a valid boolean", input: other.preview)])
        }
    }

    /// A required boolean field; absent, null, strings and numbers are a 422.
    func requiredBool(_ key: String) throws -> Bool {
        guard try requireObject()[key] != nil else {
            throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", key], msg: "Field required",
                                                       input: value.preview)])
        }
        guard let flag = try optionalBool(key) else {
            throw AppError.validation([ValidationIssue(type: "bool_type", loc: ["body", key],
                                                       msg: "Input should be a valid boolean", input: "null")])
        }
        return flag
    }

    /// Whether the field is present at all (even as null): tells "leave unchanged" from "clear" in partial updates.
    func contains(_ key: String) throws -> Bool {
        try requireObject()[key] != nil
    }

    /// A required string field; absent, null or another type is a 422.
    func requiredString(_ key: String) throws -> String {
        let fields = try requireObject()
        guard let field = fields[key] else {
            throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", key], msg: "Field required",
                                                       input: value.preview)])
        }
        guard case .string(let text) = field else {
            throw AppError.validation([ValidationIssue(type: "string_type", loc: ["body", key],
                                                       msg: "Input should be a valid string", input: field.preview)])
        }
        return try Self.storable(text, loc: ["body", key])
    }

    /// A list of strings; absent or null is nil; another type, or a non-string item, is a 422.
    func optionalStringArray(_ key: String) throws -> [String]? {
        switch try requireObject()[key] {
        case nil, .null?: return nil
        case .array(let items)?:
            return try items.enumerated().map { index, item in
                guard case .string(let text) = item else {
                    throw AppError.validation([ValidationIssue(type: "string_type", loc: ["body", key, String(index)],
                                                               msg: "Input should be a valid string", input: item.preview)])
                }
                return try Self.storable(text, loc: ["body", key, String(index)])
            }
        case let other?:
            throw AppError.validation([ValidationIssue(type: "list_type", loc: ["body", key],
                                                       msg: "Input should be a valid list", input: other.preview)])
        }
    }

    /// Neither database stores NUL characters, so a string holding one is refused here rather than failing later.
    private static func storable(_ text: String, loc: [String]) throws -> String {
        guard !text.utf8.contains(0) else {
            throw AppError.validation([ValidationIssue(type: "string_nul", loc: loc,
                                                       msg: "String should not contain NUL characters")])
        }
        return text
    }
}

import Foundation
import JSONValues
import Storage

/// The fields of a create or partial-update body, each read into a `FieldUpdate` (absent: `.unchanged`) with the
/// FastAPI-style 422 naming the field when its value is not allowed. `null` is allowed only for nullable fields.
struct BodyFields {
    let fields: [String: JSONValue]

    /// An absent body is no field at all; a literal `null` (or any other non-object) is a 422.
    init(_ body: JSONBody) throws { fields = try body.requireObjectOrNothing() }

    /// A string field of `minLength…maxLength` characters.
    func string(_ key: String, minLength: Int = 0, maxLength: Int) throws -> FieldUpdate<String> {
        try required(key) { value in
            guard case .string(let text) = value else { throw Self.issue(key, "string_type", "Input should be a valid string", value) }
            guard !text.utf8.contains(0) else { throw Self.issue(key, "string_nul", "String should not contain NUL characters", value) }
            if text.count < minLength {
                throw Self.issue(key, "string_too_short", "String should have at least \(minLength) character\(minLength == 1 ? "" : "s")", value)
            }
            if text.count > maxLength {
                throw Self.issue(key, "string_too_long", "String should have at most \(maxLength) characters", value)
            }
            return text
        }
    }

    /// A nullable string field of at most `maxLength` characters.
    func nullableString(_ key: String, maxLength: Int) throws -> FieldUpdate<String?> {
        try nullable(key) { try string(key, maxLength: maxLength) }
    }

    /// A string field that must be one of `choices` (the 422, of `issueType` at `issueLoc`, lists them sorted).
    func choice(_ key: String, among choices: [String], issueType: String = "literal_error",
                issueLoc: [String]? = nil) throws -> FieldUpdate<String> {
        try required(key) { value in
            guard case .string(let text) = value, choices.contains(text) else {
                throw AppError.validation([ValidationIssue(type: issueType, loc: issueLoc ?? ["body", key],
                                                           msg: "\(key) must be one of \(Self.listed(choices))", input: value.preview)])
            }
            return text
        }
    }

    /// A nullable field that must be one of `choices` when set.
    func nullableChoice(_ key: String, among choices: [String], issueType: String = "literal_error",
                        issueLoc: [String]? = nil) throws -> FieldUpdate<String?> {
        try nullable(key) { try choice(key, among: choices, issueType: issueType, issueLoc: issueLoc) }
    }

    /// A boolean field.
    func bool(_ key: String) throws -> FieldUpdate<Bool> {
        try required(key) { value in
            guard case .bool(let flag) = value else { throw Self.issue(key, "bool_type", "Input should be a valid boolean", value) }
            return flag
        }
    }

    /// A finite number within `range`.
    func number(_ key: String, in range: ClosedRange<Double>) throws -> FieldUpdate<Double> {
        try required(key) { value in
            guard case .number(let number) = value, number.isFinite else {
                throw Self.issue(key, "finite_number", "Input should be a finite number", value)
            }
            if number < range.lowerBound {
                throw Self.issue(key, "greater_than_equal", "Input should be greater than or equal to \(Self.text(range.lowerBound))", value)
            }
            if number > range.upperBound {
                throw Self.issue(key, "less_than_equal", "Input should be less than or equal to \(Self.text(range.upperBound))", value)
            }
            return number
        }
    }

    /// A nullable JSON object, returned as its JSON text of at most `maxBytes` bytes.
    func nullableObjectText(_ key: String, maxBytes: Int) throws -> FieldUpdate<String?> {
        try nullable(key) {
            try required(key) { value in
                guard case .object = value else { throw Self.issue(key, "dict_type", "Input should be a valid dictionary", value) }
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                let text = String(decoding: try encoder.encode(value), as: UTF8.self)
                guard text.utf8.count <= maxBytes else {
                    throw Self.issue(key, "too_long", "\(key) should be at most \(maxBytes) bytes as JSON", value)
                }
                guard !text.contains("\\u0000") else {
                    throw Self.issue(key, "string_nul", "String should not contain NUL characters", value)
                }
                return text
            }
        }
    }

    /// The value of a field that must not be null: `.unchanged` when absent, a 422 for `null`.
    private func required<Value>(_ key: String, _ read: (JSONValue) throws -> Value) throws -> FieldUpdate<Value> {
        switch fields[key] {
        case nil: return .unchanged
        case .null?: throw Self.issue(key, "none_forbidden", "\(key) may not be null", .null)
        case let value?: return .set(try read(value))
        }
    }

    /// A nullable field: `null` clears it, another value is read as the non-null field.
    private func nullable<Value>(_ key: String, _ read: () throws -> FieldUpdate<Value>) throws -> FieldUpdate<Value?> {
        if case .null? = fields[key] { return .set(nil) }
        switch try read() {
        case .unchanged: return .unchanged
        case .set(let value): return .set(value)
        }
    }

    static func issue(_ key: String, _ type: String, _ message: String, _ value: JSONValue) -> AppError {
        AppError.validation([ValidationIssue(type: type, loc: ["body", key], msg: message, input: value.preview)])
    }

    /// `['a', 'b']`, sorted, as the original's messages list allowed values.
    static func listed(_ choices: [String]) -> String {
        "[" + choices.sorted().map { "'\($0)'" }.joined(separator: ", ") + "]"
    }

    private static func text(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

extension FieldUpdate {
    /// The value when set, else `fallback`.
    func or(_ fallback: Value) -> Value {
        if case .set(let value) = self { return value }
        return fallback
    }
}

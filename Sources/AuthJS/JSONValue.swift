import Foundation

/// A parsed JSON value, used to read the JWE header and the token claims
/// without bridging through `Any` (so `true` is never mistaken for a number).
enum JSONValue: Sendable, Equatable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Parses strictly UTF-8 bytes as JSON and returns the top-level object,
    /// or `nil` when the bytes are not UTF-8, not JSON, or not an object.
    static func object(fromUTF8 bytes: some Collection<UInt8>) -> [String: JSONValue]? {
        guard isValidUTF8(bytes) else { return nil }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)) else { return nil }
        guard case .object(let members) = value else { return nil }
        return members
    }

    /// Strict UTF-8 validation with the standard library's decoder (no
    /// availability constraints, unlike `String(validating:as:)`).
    static func isValidUTF8(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// The string, if this is a JSON string.
    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number, if this is a JSON number.
    var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}

import Foundation

extension JSONBody {
    /// The body decoded as `T`; a missing field, a wrong type or an unknown enum value is the FastAPI-style 422 naming
    /// the field's location.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let data = isEmpty ? Data("{}".utf8) : self.data
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw AppError.validation([Self.issue(error)])
        }
    }

    static func issue(_ error: DecodingError) -> ValidationIssue {
        func loc(_ path: [any CodingKey], _ last: (any CodingKey)? = nil) -> [String] {
            ["body"] + (path + (last.map { [$0] } ?? [])).map { $0.intValue.map(String.init) ?? $0.stringValue }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return ValidationIssue(type: "missing", loc: loc(context.codingPath, key), msg: "Field required")
        case .valueNotFound(_, let context):
            return ValidationIssue(type: "missing", loc: loc(context.codingPath), msg: "Field required")
        case .typeMismatch(let expected, let context):
            return ValidationIssue(type: "type_error", loc: loc(context.codingPath), msg: "Input should be a valid \(Self.name(expected))")
        case .dataCorrupted(let context):
            return ValidationIssue(type: "value_error", loc: loc(context.codingPath),
                                   msg: context.debugDescription.isEmpty ? "Invalid value" : context.debugDescription)
        @unknown default:
            return ValidationIssue(type: "value_error", loc: ["body"], msg: "Invalid body")
        }
    }

    static func name(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Int.Type: "integer"
        case is Double.Type: "number"
        case is Bool.Type: "boolean"
        default: "value of the expected shape"
        }
    }
}

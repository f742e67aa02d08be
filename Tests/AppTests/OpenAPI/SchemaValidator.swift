@testable import App
import JSONValues
import Foundation

/// A small JSON Schema checker for the subset `JSONSchema` builds, so tests can hold real responses against the
/// schemas the API description declares. Returns the problems found, each with its JSON path.
struct SchemaValidator {
    var components: [String: JSONSchema] = ["Error": OpenAPIDocument.errorSchema]

    func problems(_ value: JSONValue, _ schema: JSONSchema, at path: String = "$") -> [String] {
        if let ref = schema.ref {
            let name = String(ref.split(separator: "/").last ?? "")
            guard let target = components[name] else { return ["\(path): unknown $ref \(ref)"] }
            return problems(value, target, at: path)
        }
        if let options = schema.anyOf {
            let fits = options.contains { problems(value, $0, at: path).isEmpty }
            return fits ? [] : ["\(path): matches none of anyOf"]
        }
        if !schema.types.isEmpty, !schema.types.contains(where: { Self.matches(value, type: $0) }) {
            return ["\(path): \(value.preview) is not \(schema.types.joined(separator: "|"))"]
        }
        var found: [String] = []
        if let allowed = schema.enumeration, case .string(let text) = value, !allowed.contains(text) {
            found.append("\(path): '\(text)' not in \(allowed)")
        }
        switch value {
        case .object(let fields):
            for key in schema.required ?? [] where fields[key] == nil { found.append("\(path): missing '\(key)'") }
            for (key, field) in fields {
                if let property = schema.properties?[key] {
                    found += problems(field, property, at: "\(path).\(key)")
                } else if let values = schema.values?.first {
                    found += problems(field, values, at: "\(path).\(key)")
                }
            }
        case .array(let items):
            if let min = schema.minItems, items.count < min { found.append("\(path): fewer than \(min) items") }
            if let max = schema.maxItems, items.count > max { found.append("\(path): more than \(max) items") }
            if let itemSchema = schema.items?.first {
                for (index, item) in items.enumerated() { found += problems(item, itemSchema, at: "\(path)[\(index)]") }
            }
        case .number(let number):
            if let min = schema.minimum, number < Double(min) { found.append("\(path): below \(min)") }
            if let max = schema.maximum, number > Double(max) { found.append("\(path): above \(max)") }
        default: break
        }
        return found
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
             ("number", .number): return true
        case ("integer", .number(let n)): return n == n.rounded()
        default: return false
        }
    }
}

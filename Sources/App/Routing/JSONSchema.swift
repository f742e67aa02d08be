/// A JSON Schema (the 2020-12 subset OpenAPI 3.1 uses), built in code so each feature declares its shapes in a few
/// lines: `.object(["session_id": .string, "best_lap_time_s": .number.nullable])`.
public struct JSONSchema: Sendable, Equatable, Encodable {
    /// One type name, or several (`["number", "null"]`).
    public var types: [String] = []
    public var properties: [String: JSONSchema]?
    public var required: [String]?
    /// `items` of an array (at most one element; an array so the struct can hold itself).
    public var items: [JSONSchema]?
    /// The value schema of a map (`additionalProperties`).
    public var values: [JSONSchema]?
    public var enumeration: [String]?
    public var minimum: Int?
    public var maximum: Int?
    /// Values must be above this (not equal).
    public var exclusiveMinimum: Int?
    public var minLength: Int?
    public var maxLength: Int?
    public var minItems: Int?
    /// Every item distinct.
    public var uniqueItems: Bool?
    public var maxItems: Int?
    public var pattern: String?
    public var format: String?
    public var contentMediaType: String?
    /// An object that takes no keys beyond its properties (`additionalProperties: false`).
    public var closed: Bool?
    public var ref: String?
    public var anyOf: [JSONSchema]?
    public var description: String?

    public init() {}

    static func type(_ name: String) -> JSONSchema {
        var schema = JSONSchema()
        schema.types = [name]
        return schema
    }

    /// Any string.
    public static let string = type("string")
    /// A whole number.
    public static let integer = type("integer")
    /// Any number (integers included).
    public static let number = type("number")
    public static let boolean = type("boolean")
    /// A number the analysis core writes as `null` when it is not finite (`@FiniteNumber`, `@OptionalNumber`).
    public static let finite = number.nullable
    /// A list of numbers whose non-finite elements are `null` (`@NumberList`).
    public static let numbers = array(finite)
    /// An ISO-8601 timestamp with offset, as `Timestamp.iso8601` writes it.
    public static let timestamp = string.format("date-time")
    /// An uploaded file in a multipart body.
    public static let binary: JSONSchema = {
        var schema = type("string")
        schema.contentMediaType = "application/octet-stream"
        return schema
    }()

    /// A whole number a handler parses into its `Int` (format `int64`): lap, corner and count parameters.
    public static let int64 = integer.format("int64")

    /// A string out of a fixed set.
    public static func oneOf(_ values: [String]) -> JSONSchema {
        var schema = type("string")
        schema.enumeration = values
        return schema
    }

    /// An integer within bounds.
    public static func integer(minimum: Int? = nil, maximum: Int? = nil) -> JSONSchema {
        var schema = integer
        schema.minimum = minimum
        schema.maximum = maximum
        return schema
    }

    /// The same object schema, refusing keys beyond its properties.
    public var closedObject: JSONSchema {
        var schema = self
        schema.closed = true
        return schema
    }

    /// Any JSON value (a field the server ignores).
    public static let any = JSONSchema()

    /// A number within bounds (coordinates).
    public static func number(minimum: Int, maximum: Int) -> JSONSchema {
        var schema = number
        schema.minimum = minimum
        schema.maximum = maximum
        return schema
    }

    /// A number above 0, at most `maximum` when given (friction coefficients, masses, override values).
    public static func positive(maximum: Int? = nil) -> JSONSchema {
        var schema = number
        schema.exclusiveMinimum = 0
        schema.maximum = maximum
        return schema
    }

    /// A string with length bounds and an optional pattern.
    public static func string(minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil) -> JSONSchema {
        var schema = string
        schema.minLength = minLength
        schema.maxLength = maxLength
        schema.pattern = pattern
        return schema
    }

    public static func array(_ items: JSONSchema, minItems: Int? = nil, maxItems: Int? = nil, unique: Bool = false) -> JSONSchema {
        var schema = type("array")
        schema.items = [items]
        schema.uniqueItems = unique ? true : nil
        schema.minItems = minItems
        schema.maxItems = maxItems
        return schema
    }

    /// An object keyed by arbitrary strings (lap or corner numbers), every value of one schema.
    public static func map(_ values: JSONSchema) -> JSONSchema {
        var schema = type("object")
        schema.values = [values]
        return schema
    }

    /// An object whose `fields` are always written (a nullable field is written as `null`) and whose `optional`
    /// fields may be left out.
    public static func object(_ fields: [String: JSONSchema], optional: [String: JSONSchema] = [:]) -> JSONSchema {
        var schema = type("object")
        schema.properties = fields.merging(optional) { first, _ in first }
        schema.required = fields.keys.sorted()
        return schema
    }

    /// A reference to `#/components/schemas/NAME`.
    public static func ref(_ name: String) -> JSONSchema {
        var schema = JSONSchema()
        schema.ref = "#/components/schemas/\(name)"
        return schema
    }

    /// Either of the schemas.
    public static func anyOf(_ schemas: [JSONSchema]) -> JSONSchema {
        var schema = JSONSchema()
        schema.anyOf = schemas
        return schema
    }

    /// The same schema that also admits `null`.
    public var nullable: JSONSchema {
        guard !types.isEmpty else { return .anyOf([self, .type("null")]) }
        var schema = self
        if !schema.types.contains("null") { schema.types.append("null") }
        return schema
    }

    /// The same schema with a `format` (`date-time`, `date`).
    public func format(_ name: String) -> JSONSchema {
        var schema = self
        schema.format = name
        return schema
    }

    /// The same schema with a description.
    public func described(_ text: String) -> JSONSchema {
        var schema = self
        schema.description = text
        return schema
    }

    enum CodingKeys: String, CodingKey {
        case type, properties, required, items, additionalProperties, minimum, maximum, exclusiveMinimum, minLength, maxLength
        case minItems, maxItems
        case uniqueItems
        case pattern, format, contentMediaType, anyOf, description
        case enumeration = "enum"
        case ref = "$ref"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if types.count == 1 { try container.encode(types[0], forKey: .type) }
        if types.count > 1 { try container.encode(types, forKey: .type) }
        try container.encodeIfPresent(properties, forKey: .properties)
        if let required, !required.isEmpty { try container.encode(required, forKey: .required) }
        try container.encodeIfPresent(items?.first, forKey: .items)
        try container.encodeIfPresent(values?.first, forKey: .additionalProperties)
        if closed == true { try container.encode(false, forKey: .additionalProperties) }
        if let enumeration {
            // `null` must be listed too when the schema admits it, or the enum would refuse it.
            let nullable = types.contains("null")
            var list: [String?] = enumeration
            if nullable { list.append(nil) }
            try container.encode(list, forKey: .enumeration)
        }
        try container.encodeIfPresent(minimum, forKey: .minimum)
        try container.encodeIfPresent(maximum, forKey: .maximum)
        try container.encodeIfPresent(exclusiveMinimum, forKey: .exclusiveMinimum)
        try container.encodeIfPresent(minLength, forKey: .minLength)
        try container.encodeIfPresent(maxLength, forKey: .maxLength)
        try container.encodeIfPresent(minItems, forKey: .minItems)
        try container.encodeIfPresent(uniqueItems, forKey: .uniqueItems)
        try container.encodeIfPresent(maxItems, forKey: .maxItems)
        try container.encodeIfPresent(pattern, forKey: .pattern)
        try container.encodeIfPresent(format, forKey: .format)
        try container.encodeIfPresent(contentMediaType, forKey: .contentMediaType)
        try container.encodeIfPresent(ref, forKey: .ref)
        try container.encodeIfPresent(anyOf, forKey: .anyOf)
        try container.encodeIfPresent(description, forKey: .description)
    }
}

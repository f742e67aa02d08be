import Foundation

// JSON building blocks of the analysis responses (analysis.md §1.3): no NaN/±Infinity ever
// reaches the encoder (non-finite numbers become `null`), and optional fields are written as
// `null` instead of being omitted (synthesized `Encodable` would drop them).

/// A number written as `null` when it is not finite.
@propertyWrapper
public struct FiniteNumber: Codable, Sendable, Equatable {
    public var wrappedValue: Double
    public init(wrappedValue: Double) { self.wrappedValue = wrappedValue }
    /// Reads a number; `null` (a value that was not finite) is NaN.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        wrappedValue = c.decodeNil() ? .nan : try c.decode(Double.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if wrappedValue.isFinite { try c.encode(wrappedValue) } else { try c.encodeNil() }
    }
}

/// An optional number written as `null` when absent or not finite.
@propertyWrapper
public struct OptionalNumber: Codable, Sendable, Equatable {
    public var wrappedValue: Double?
    public init(wrappedValue: Double?) { self.wrappedValue = wrappedValue }
    /// Reads a number or `null`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        wrappedValue = c.decodeNil() ? nil : try c.decode(Double.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let v = wrappedValue, v.isFinite { try c.encode(v) } else { try c.encodeNil() }
    }
}

/// A list of numbers; non-finite elements are written as `null`.
@propertyWrapper
public struct NumberList: Codable, Sendable, Equatable {
    public var wrappedValue: [Double]
    public init(wrappedValue: [Double]) { self.wrappedValue = wrappedValue }
    /// Reads a list of numbers; a `null` element (a value that was not finite) is NaN.
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        var values: [Double] = []
        while !c.isAtEnd { values.append(try c.decodeNil() ? .nan : try c.decode(Double.self)) }
        wrappedValue = values
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        for v in wrappedValue { if v.isFinite { try c.encode(v) } else { try c.encodeNil() } }
    }
}

/// An optional list of numbers (`null` when absent; non-finite elements `null`).
@propertyWrapper
public struct OptionalNumberList: Codable, Sendable, Equatable {
    public var wrappedValue: [Double]?
    public init(wrappedValue: [Double]?) { self.wrappedValue = wrappedValue }
    /// Reads `null` or a list of numbers (`null` elements are NaN).
    public init(from decoder: any Decoder) throws {
        wrappedValue = try decoder.singleValueContainer().decodeNil() ? nil : try NumberList(from: decoder).wrappedValue
    }
    public func encode(to encoder: any Encoder) throws {
        guard let values = wrappedValue else {
            var c = encoder.singleValueContainer()
            try c.encodeNil()
            return
        }
        try NumberList(wrappedValue: values).encode(to: encoder)
    }
}

/// Any optional value written as `null` when absent (instead of omitting the key).
@propertyWrapper
public struct Nullable<Value: Encodable & Sendable & Equatable>: Encodable, Sendable, Equatable {
    public var wrappedValue: Value?
    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let v = wrappedValue { try c.encode(v) } else { try c.encodeNil() }
    }
}

extension KeyedDecodingContainer {
    /// A missing key reads as `null` (synthesized decoders call this for `@Nullable` properties).
    public func decode<Value: Decodable>(_ type: Nullable<Value>.Type, forKey key: Key) throws -> Nullable<Value> {
        try decodeIfPresent(type, forKey: key) ?? Nullable(wrappedValue: nil)
    }

    /// A missing key reads as `null` (synthesized decoders call this for `@OptionalNumber` properties).
    public func decode(_ type: OptionalNumber.Type, forKey key: Key) throws -> OptionalNumber {
        try decodeIfPresent(type, forKey: key) ?? OptionalNumber(wrappedValue: nil)
    }
}

extension Nullable: Decodable where Value: Decodable {
    /// Reads the value or `null`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        wrappedValue = c.decodeNil() ? nil : try c.decode(Value.self)
    }
}

/// A JSON array mixing a string and an integer, e.g. `["T3", 5]` (tuples are arrays, §1.3).
public struct NameAndLap: Codable, Sendable, Equatable {
    /// First element.
    public var name: String
    /// Second element.
    public var lap: Int
    /// Third element: the lap's time through the segment (s, 3 dp; `null` when it has none).
    public var timeS: Double?
    /// Creates a triple.
    public init(_ name: String, _ lap: Int, _ timeS: Double? = nil) {
        self.name = name
        self.lap = lap
        self.timeS = timeS
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(name)
        try c.encode(lap)
        if let t = timeS, t.isFinite { try c.encode(Numerics.round(t, 3)) } else { try c.encodeNil() }
    }
    /// Reads the pair or triple back from its array.
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        name = try c.decode(String.self)
        lap = try c.decode(Int.self)
        timeS = c.isAtEnd ? nil : try c.decodeIfPresent(Double.self)
    }
}

extension Dictionary where Key == Int {
    /// The same map keyed by the decimal string of each key (maps keyed by lap or corner number, §1.3).
    func stringKeyed() -> [String: Value] {
        var out: [String: Value] = [:]
        out.reserveCapacity(count)
        for (k, v) in self { out[String(k)] = v }
        return out
    }
}

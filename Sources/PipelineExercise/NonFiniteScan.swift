/// Walks an `Encodable` value the way an encoder does, without writing text, and remembers the coding path of the
/// first non-finite `Double` or `Float`: exactly the values Foundation's `JSONEncoder` refuses (a 500 in the server).
/// Cheap enough to run on every fuzz input; `JSONEncoder` itself runs on a deterministic sample.
final class NonFiniteScan: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    /// Where the first non-finite number was found.
    private(set) var found: String?

    /// The path of the first non-finite number in `value`, or nil.
    static func firstNonFinite(_ value: some Encodable) -> String? {
        let scan = NonFiniteScan()
        try? value.encode(to: scan)
        return scan.found
    }

    /// Records `x` when it is the first non-finite number; the path is built only then.
    func note(_ x: Double, _ path: @autoclosure () -> [any CodingKey]) {
        if !x.isFinite, found == nil { found = path().map(\.stringValue).joined(separator: ".") + " = \(x)" }
    }

    func nested(_ value: some Encodable, _ path: [any CodingKey]) throws {
        if let x = value as? Double { note(x, path); return }
        if let x = value as? Float { note(Double(x), path); return }
        // Primitives: the containers' generic `encode` witnesses their requirements, so stop here.
        if value is String || value is Bool || value is any BinaryInteger { return }
        let saved = codingPath
        codingPath = path
        defer { codingPath = saved }
        try value.encode(to: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed<Key>(scan: self, codingPath: codingPath))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(scan: self, codingPath: codingPath) }
    func singleValueContainer() -> any SingleValueEncodingContainer { Single(scan: self, codingPath: codingPath) }

    struct Index: CodingKey {
        var intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(_ i: Int) { intValue = i }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let scan: NonFiniteScan
        var codingPath: [any CodingKey]
        mutating func encodeNil(forKey key: Key) {}
        mutating func encode(_ value: Double, forKey key: Key) { scan.note(value, codingPath + [key]) }
        mutating func encode(_ value: Float, forKey key: Key) { scan.note(Double(value), codingPath + [key]) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try scan.nested(value, codingPath + [key]) }
        mutating func nestedContainer<K: CodingKey>(keyedBy type: K.Type, forKey key: Key) -> KeyedEncodingContainer<K> {
            KeyedEncodingContainer(Keyed<K>(scan: scan, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            Unkeyed(scan: scan, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> any Encoder { scan }
        mutating func superEncoder(forKey key: Key) -> any Encoder { scan }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let scan: NonFiniteScan
        var codingPath: [any CodingKey]
        var count = 0
        init(scan: NonFiniteScan, codingPath: [any CodingKey]) { self.scan = scan; self.codingPath = codingPath }
        mutating func next() -> [any CodingKey] { count += 1; return codingPath + [Index(count - 1)] }
        mutating func encodeNil() { count += 1 }
        mutating func encode(_ value: Double) {
            count += 1
            scan.note(value, codingPath + [Index(count - 1)])
        }
        mutating func encode(_ value: Float) {
            count += 1
            scan.note(Double(value), codingPath + [Index(count - 1)])
        }
        mutating func encode<T: Encodable>(_ value: T) throws { try scan.nested(value, next()) }
        mutating func nestedContainer<K: CodingKey>(keyedBy type: K.Type) -> KeyedEncodingContainer<K> {
            KeyedEncodingContainer(Keyed<K>(scan: scan, codingPath: next()))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(scan: scan, codingPath: next()) }
        mutating func superEncoder() -> any Encoder { scan }
    }

    struct Single: SingleValueEncodingContainer {
        let scan: NonFiniteScan
        var codingPath: [any CodingKey]
        mutating func encodeNil() {}
        mutating func encode(_ value: Double) { scan.note(value, codingPath) }
        mutating func encode(_ value: Float) { scan.note(Double(value), codingPath) }
        mutating func encode<T: Encodable>(_ value: T) throws { try scan.nested(value, codingPath) }
    }
}

/// The keys of a JSON object and which of them are null: the documented wire shape, which decoding into a type cannot
/// show (a missing key and a null decode alike).
public struct JSONShape: Decodable, Sendable, Equatable {
    public var keys: Set<String>
    public var nullKeys: Set<String>
    /// The shapes of the entries of each value that is a list of objects (e.g. `lists["members"]`).
    public var lists: [String: [JSONShape]]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        keys = Set(container.allKeys.map(\.stringValue))
        nullKeys = Set(try container.allKeys.filter { try container.decodeNil(forKey: $0) }.map(\.stringValue))
        var lists: [String: [JSONShape]] = [:]
        for key in container.allKeys {
            if let entries = try? container.decode([JSONShape].self, forKey: key) { lists[key.stringValue] = entries }
        }
        self.lists = lists
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

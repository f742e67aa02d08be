import Synchronization

/// Building blocks of the SQL the stores write.
enum SQLColumns {
    /// `"a, b"` with alias `t` → `"t.a, t.b"`.
    static func qualified(_ columns: String, _ alias: String) -> String {
        let key = alias + "\u{0}" + columns
        if let known = qualifiedLists.withLock({ $0[key] }) { return known }
        let list = columns.split(separator: ",").map { "\(alias).\($0.trimmingCharacters(in: .whitespacesAndNewlines))" }
            .joined(separator: ", ")
        qualifiedLists.withLock { $0[key] = list }
        return list
    }

    /// `qualified`'s answers: a handful of constant column lists, built once instead of on every query (the
    /// equipment-and-weather join spent 5 % of a session read's CPU re-splitting and trimming them).
    private static let qualifiedLists = Mutex<[String: String]>([:])

    /// The placeholders of an `IN (…)` list of `count` values bound after the first `after` parameters:
    /// `placeholders(3, after: 1)` → `"$2, $3, $4"`.
    static func placeholders(_ count: Int, after: Int = 0) -> String {
        (0..<count).map { "$\($0 + after + 1)" }.joined(separator: ", ")
    }

    /// Keys of an `IN (…)` lookup in batches small enough for either backend's parameter limit.
    static func batches(_ keys: [String], size: Int = 500) -> [ArraySlice<String>] {
        let unique = Array(Set(keys))
        return stride(from: 0, to: unique.count, by: size).map { unique[$0..<min($0 + size, unique.count)] }
    }
}

/// Column lists written once per store and reused in joins.
enum SQLColumns {
    /// `"a, b"` with alias `t` → `"t.a, t.b"`.
    static func qualified(_ columns: String, _ alias: String) -> String {
        columns.split(separator: ",").map { "\(alias).\($0.trimmingCharacters(in: .whitespacesAndNewlines))" }
            .joined(separator: ", ")
    }
}

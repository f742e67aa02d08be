/// The `SET` list of a partial update: only the columns given, each bound after the statement's leading binds.
struct SQLAssignments {
    private(set) var binds: [SQLValue]
    private var clauses: [String] = []

    /// Starts after `leading` binds (e.g. the row's id as `$1`).
    init(after leading: [SQLValue]) { binds = leading }

    /// Sets `column` to `value`.
    mutating func set(_ column: String, _ value: SQLValue) {
        binds.append(value)
        clauses.append("\(column) = $\(binds.count)")
    }

    /// Sets `column` when the update is `.set`, binding its value with `bind`.
    mutating func set<Value>(_ column: String, _ update: FieldUpdate<Value>, _ bind: (Value) -> SQLValue) {
        if case .set(let value) = update { set(column, bind(value)) }
    }

    /// No column to change.
    var isEmpty: Bool { clauses.isEmpty }

    /// `a = $2, b = $3`.
    var sql: String { clauses.joined(separator: ", ") }
}

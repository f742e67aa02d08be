import Foundation
@testable import Storage

/// Column type names for ad-hoc test tables.
struct ColumnTypes {
    let dialect: SQLDialect
    init(_ dialect: SQLDialect) { self.dialect = dialect }

    var int: String { dialect == .postgres ? "BIGINT" : "INTEGER" }
    var double: String { dialect == .postgres ? "DOUBLE PRECISION" : "REAL" }
    var text: String { "TEXT" }
    var blob: String { dialect == .postgres ? "BYTEA" : "BLOB" }
    var bool: String { dialect == .postgres ? "BOOLEAN" : "INTEGER" }
    var timestamp: String { dialect == .postgres ? "TIMESTAMPTZ" : "TEXT" }
}

/// An error a test body throws on purpose.
struct ExpectedTestError: Error, Equatable {}

/// Counts rows in `table`.
func count(_ db: any SQLExecutor, _ table: String) async throws -> Int64 {
    try await db.query("SELECT COUNT(*) AS n FROM \(table)", [])[0].int("n")
}

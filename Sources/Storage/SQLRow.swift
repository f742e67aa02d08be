import Foundation

/// One result row: column names and their values, in select-list order.
///
/// The typed accessors read values portably: `bool` accepts PostgreSQL `bool` and SQLite `0`/`1`;
/// `date` accepts PostgreSQL `timestamptz` and the SQLite text form (see ``SQLTimestamp``).
/// A missing column or a value of the wrong kind throws ``StorageError/decoding(column:expected:)``.
/// The non-optional accessors also throw on `NULL`; use the `optional…` variants for nullable columns.
public struct SQLRow: Sendable {
    /// Column names as reported by the database (aliases included).
    public let columns: [String]
    /// Values, parallel to ``columns``.
    public let values: [SQLValue]

    /// Creates a row; `columns` and `values` must have the same count.
    public init(columns: [String], values: [SQLValue]) {
        precondition(columns.count == values.count, "SQLRow columns and values must have the same count")
        self.columns = columns
        self.values = values
    }

    /// The value of the first column named `column`, or `nil` when there is no such column.
    public subscript(_ column: String) -> SQLValue? {
        columns.firstIndex(of: column).map { values[$0] }
    }

    /// `true` when the row has a column named `column`.
    public func contains(_ column: String) -> Bool { columns.contains(column) }

    /// The raw value of `column`; throws when the column is missing.
    public func value(_ column: String) throws(StorageError) -> SQLValue {
        guard let value = self[column] else {
            throw .decoding(column: column, expected: "an existing column")
        }
        return value
    }

    /// `true` when `column` is `NULL`; throws when the column is missing.
    public func isNull(_ column: String) throws(StorageError) -> Bool {
        try value(column).isNull
    }

    // MARK: Text

    /// A non-null text value.
    public func string(_ column: String) throws(StorageError) -> String {
        try required(try optionalString(column), column, "text")
    }

    /// A text value, or `nil` for `NULL`.
    public func optionalString(_ column: String) throws(StorageError) -> String? {
        switch try value(column) {
        case .null: return nil
        case .text(let s): return s
        case let other: throw mismatch(column, "text", other)
        }
    }

    // MARK: Integers

    /// A non-null integer value.
    public func int(_ column: String) throws(StorageError) -> Int64 {
        try required(try optionalInt(column), column, "int")
    }

    /// An integer value, or `nil` for `NULL`. Accepts `bool` (as 0/1) and integral doubles.
    public func optionalInt(_ column: String) throws(StorageError) -> Int64? {
        switch try value(column) {
        case .null: return nil
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .double(let d) where d.rounded() == d && abs(d) < 9.2e18: return Int64(d)
        case let other: throw mismatch(column, "int", other)
        }
    }

    // MARK: Doubles

    /// A non-null floating-point value.
    public func double(_ column: String) throws(StorageError) -> Double {
        try required(try optionalDouble(column), column, "double")
    }

    /// A floating-point value, or `nil` for `NULL`. Integers are converted.
    public func optionalDouble(_ column: String) throws(StorageError) -> Double? {
        switch try value(column) {
        case .null: return nil
        case .double(let d): return d
        case .int(let i): return Double(i)
        case let other: throw mismatch(column, "double", other)
        }
    }

    // MARK: Booleans

    /// A non-null boolean (PostgreSQL `bool`, or SQLite `0`/`1`).
    public func bool(_ column: String) throws(StorageError) -> Bool {
        try required(try optionalBool(column), column, "bool")
    }

    /// A boolean, or `nil` for `NULL`.
    public func optionalBool(_ column: String) throws(StorageError) -> Bool? {
        switch try value(column) {
        case .null: return nil
        case .bool(let b): return b
        case .int(0): return false
        case .int(1): return true
        case let other: throw mismatch(column, "bool", other)
        }
    }

    // MARK: Dates

    /// A non-null date (PostgreSQL `timestamptz`/`timestamp`, or SQLite ISO-8601 text).
    public func date(_ column: String) throws(StorageError) -> Date {
        try required(try optionalDate(column), column, "date")
    }

    /// A date, or `nil` for `NULL`.
    public func optionalDate(_ column: String) throws(StorageError) -> Date? {
        switch try value(column) {
        case .null: return nil
        case .date(let d): return d
        case .text(let s):
            guard let d = SQLTimestamp.parse(s) else {
                throw .decoding(column: column, expected: "date (text is not an ISO-8601 timestamp)")
            }
            return d
        case let other: throw mismatch(column, "date", other)
        }
    }

    // MARK: Bytes

    /// Non-null bytes.
    public func bytes(_ column: String) throws(StorageError) -> [UInt8] {
        try required(try optionalBytes(column), column, "blob")
    }

    /// Bytes, or `nil` for `NULL`.
    public func optionalBytes(_ column: String) throws(StorageError) -> [UInt8]? {
        switch try value(column) {
        case .null: return nil
        case .blob(let b): return b
        case let other: throw mismatch(column, "blob", other)
        }
    }

    // MARK: Helpers

    private func required<T>(_ value: T?, _ column: String, _ expected: String) throws(StorageError) -> T {
        guard let value else {
            throw .decoding(column: column, expected: "\(expected) (found null)")
        }
        return value
    }

    private func mismatch(_ column: String, _ expected: String, _ found: SQLValue) -> StorageError {
        .decoding(column: column, expected: "\(expected) (found \(found.kindName))")
    }
}

import Foundation

/// A database value that means the same thing on every supported backend.
///
/// Binds and results use this type on both SQLite and PostgreSQL. Backend-specific
/// storage forms are handled by the adapters:
///
/// | case      | PostgreSQL             | SQLite                                        |
/// |-----------|------------------------|-----------------------------------------------|
/// | `.int`    | `int8` (reads int2/4/8) | `INTEGER`                                     |
/// | `.double` | `float8` (reads float4, numeric) | `REAL`                              |
/// | `.text`   | `text`                 | `TEXT`                                        |
/// | `.blob`   | `bytea`                | `BLOB`                                        |
/// | `.bool`   | `bool`                 | `INTEGER` 0/1 (reads back as `.int`)          |
/// | `.date`   | `timestamptz`          | `TEXT` `yyyy-MM-ddTHH:mm:ss.SSSZ` (reads back as `.text`) |
///
/// Dates are stored with **millisecond precision** on both backends (rounded to the nearest
/// millisecond when bound), so a date read back compares equal on either backend.
/// Use the typed accessors on ``SQLRow`` (`bool`, `date`, …) to read values portably.
public enum SQLValue: Sendable, Hashable {
    /// SQL `NULL`.
    case null
    /// A 64-bit signed integer.
    case int(Int64)
    /// A double-precision float.
    case double(Double)
    /// UTF-8 text. Must not contain NUL characters (neither backend stores them).
    case text(String)
    /// Raw bytes.
    case blob([UInt8])
    /// A boolean. Stored as `0`/`1` on SQLite.
    case bool(Bool)
    /// A point in time, stored at millisecond precision.
    case date(Date)
}

extension SQLValue {
    /// `true` when the value is ``null``.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// A short name of the value's kind, used in decoding errors (never the value itself).
    public var kindName: String {
        switch self {
        case .null: "null"
        case .int: "int"
        case .double: "double"
        case .text: "text"
        case .blob: "blob"
        case .bool: "bool"
        case .date: "date"
        }
    }

    /// `.text(value)`, or `.null` when `value` is `nil`.
    public init(_ value: String?) { self = value.map { .text($0) } ?? .null }
    /// `.int(value)`, or `.null` when `value` is `nil`.
    public init(_ value: Int?) { self = value.map { .int(Int64($0)) } ?? .null }
    /// `.int(value)`, or `.null` when `value` is `nil`.
    public init(_ value: Int64?) { self = value.map { .int($0) } ?? .null }
    /// `.double(value)`, or `.null` when `value` is `nil`.
    public init(_ value: Double?) { self = value.map { .double($0) } ?? .null }
    /// `.bool(value)`, or `.null` when `value` is `nil`.
    public init(_ value: Bool?) { self = value.map { .bool($0) } ?? .null }
    /// `.date(value)`, or `.null` when `value` is `nil`.
    public init(_ value: Date?) { self = value.map { .date($0) } ?? .null }
    /// `.blob(value)`, or `.null` when `value` is `nil`.
    public init(_ value: [UInt8]?) { self = value.map { .blob($0) } ?? .null }
}

extension SQLValue: CustomStringConvertible {
    /// Describes the kind only, never the content, so values cannot leak into logs or errors.
    public var description: String { "SQLValue.\(kindName)" }
}

/// Errors thrown by the storage layer on every backend.
///
/// Messages describe *what* failed (SQLSTATE, constraint, column, table) and never contain
/// bind values, so they are safe to log.
public enum StorageError: Error, Sendable, Equatable {
    /// A `UNIQUE` or `PRIMARY KEY` constraint was violated.
    ///
    /// `constraint` uses PostgreSQL's default constraint naming on both backends
    /// (`<table>_<column>[_<column>…]_key`, or `<table>_pkey` for primary keys), so stores
    /// can match on it portably as long as the migrations let PostgreSQL name constraints.
    case uniqueViolation(constraint: String?)
    /// A foreign key constraint was violated (missing parent row, or a delete that would orphan rows).
    case foreignKeyViolation
    /// The requested row does not exist. Thrown by stores; the adapters never throw it.
    case notFound
    /// A column was missing or held a value of an unexpected kind.
    case decoding(column: String, expected: String)
    /// The database could not be reached, or was closed.
    case connection(String)
    /// A migration failed or the migrations folder is malformed.
    case migration(String)
    /// The database URL could not be understood.
    case invalidURL(String)
    /// Any other database error (syntax errors, check / not-null violations, …).
    case other(String)
}

extension StorageError: CustomStringConvertible {
    /// A human-readable description without bind values.
    public var description: String {
        switch self {
        case .uniqueViolation(let constraint):
            "unique constraint violated" + (constraint.map { " (\($0))" } ?? "")
        case .foreignKeyViolation: "foreign key constraint violated"
        case .notFound: "not found"
        case .decoding(let column, let expected): "cannot decode column '\(column)' as \(expected)"
        case .connection(let message): "database connection error: \(message)"
        case .migration(let message): "migration error: \(message)"
        case .invalidURL(let message): "invalid database URL: \(message)"
        case .other(let message): "database error: \(message)"
        }
    }
}

import PostgresNIO

/// Maps PostgresNIO errors to ``StorageError``.
///
/// Only the SQLSTATE, the server's primary message, and identifier fields (constraint, table,
/// column) are used. The `DETAIL` field — which repeats row values, e.g.
/// `Key (email)=(…) already exists` — and the query's binds are never included. Messages of
/// SQLSTATE class 22 (data exceptions, which quote the offending input) are dropped as well.
enum PostgresErrorMapper {
    static func map(_ error: any Error) -> any Error {
        switch error {
        case is StorageError, is CancellationError:
            return error
        case let error as PSQLError:
            if error.code == .queryCancelled, Task.isCancelled { return CancellationError() }
            return map(error)
        case let error as PostgresDecodingError:
            return StorageError.decoding(column: error.columnName, expected: "\(error.targetType)")
        default:
            // The pool's own errors (e.g. its connection circuit breaker) live in an underscored module.
            let typeName = String(reflecting: type(of: error))
            if typeName.hasSuffix("ConnectionPoolError") {
                return StorageError.connection("postgres connection pool: \(error)")
            }
            return StorageError.other("postgres: \(typeName)")
        }
    }

    static func map(_ error: PSQLError) -> StorageError {
        switch error.code {
        case .server:
            let info = error.serverInfo
            let sqlState = info?[.sqlState] ?? "?????"
            let message = info?[.message] ?? "unknown server error"
            switch sqlState {
            case "23505":
                return .uniqueViolation(constraint: info?[.constraintName])
            case "23503":
                return .foreignKeyViolation
            default:
                break
            }
            let sqlClass = sqlState.prefix(2)
            if ["08", "28", "3D", "57"].contains(sqlClass), sqlState != "08P01" {
                return .connection("postgres \(sqlState): \(message)")
            }
            if sqlClass == "22" {
                var where_: [String] = []
                if let table = info?[.tableName] { where_.append("table \(table)") }
                if let column = info?[.columnName] { where_.append("column \(column)") }
                let suffix = where_.isEmpty ? "" : " (\(where_.joined(separator: ", ")))"
                return .other("postgres \(sqlState): data exception\(suffix)")
            }
            return .other("postgres \(sqlState): \(message)")
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown,
             .poolClosed, .sslUnsupported, .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest,
             .unsupportedAuthMechanism, .authMechanismRequiresPassword, .saslError:
            return .connection("postgres: \(error.code)")
        case .queryCancelled:
            return .other("postgres: query cancelled")
        default:
            return .other("postgres: \(error.code)")
        }
    }
}

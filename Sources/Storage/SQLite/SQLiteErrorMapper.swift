import Foundation
import SQLiteNIO

/// Maps SQLiteNIO errors to ``StorageError``. SQLite messages name tables and columns,
/// never values, so they are kept.
enum SQLiteErrorMapper {
    static func map(_ error: any Error) -> any Error {
        if error is StorageError || error is CancellationError { return error }
        guard let error = error as? SQLiteError else {
            return StorageError.other("sqlite: \(type(of: error))")
        }
        switch error.reason {
        case .constraintUniqueFailed:
            return StorageError.uniqueViolation(constraint: uniqueConstraintName(error.message, primaryKey: false))
        case .constraintPrimaryKeyFailed, .constraintUniqueRowIDFailed:
            return StorageError.uniqueViolation(constraint: uniqueConstraintName(error.message, primaryKey: true))
        case .constraintForeignKeyFailed:
            return StorageError.foreignKeyViolation
        case .cantOpen, .cantOpenDirectory, .cantOpenInvalidPath, .notADatabase, .misuse:
            return StorageError.connection("sqlite: \(error.message)")
        default:
            return StorageError.other("sqlite \(error.reason): \(error.message)")
        }
    }

    /// Turns `UNIQUE constraint failed: users.email` into PostgreSQL's default name
    /// `users_email_key` (`users_pkey` for primary keys); `… failed: index 'name'` into `name`.
    static func uniqueConstraintName(_ message: String, primaryKey: Bool) -> String? {
        guard let colon = message.range(of: "failed: ") else { return nil }
        let detail = message[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        if detail.hasPrefix("index '"), detail.hasSuffix("'") {
            return String(detail.dropFirst("index '".count).dropLast())
        }
        let parts = detail.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var table: String?
        var columns: [String] = []
        for part in parts {
            let pieces = part.split(separator: ".", maxSplits: 1).map(String.init)
            guard pieces.count == 2 else { return detail }
            table = table ?? pieces[0]
            columns.append(pieces[1])
        }
        guard let table else { return nil }
        if primaryKey { return "\(table)_pkey" }
        return ([table] + columns).joined(separator: "_") + "_key"
    }
}

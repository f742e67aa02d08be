import Foundation
import Logging

/// Opens a database from a URL.
public enum DatabaseFactory {
    /// What a database URL points at.
    enum Target: Equatable {
        case postgres(PostgresURL)
        /// A SQLite file path (absolute or relative to the working directory), or `nil` for in-memory.
        case sqlite(path: String?)
    }

    /// Opens the database named by `url`.
    ///
    /// Accepted forms:
    /// - `postgres://user:pass@host:port/db` or `postgresql://…` → PostgreSQL (see the URL
    ///   parameters documented on the PostgreSQL adapter: `sslmode`, `search_path`,
    ///   `application_name`, `connect_timeout`). Opening checks connectivity with `SELECT 1`.
    /// - `sqlite:///abs/path.sqlite` (absolute), `sqlite://relative.sqlite` (relative to the working
    ///   directory), `sqlite::memory:` (in-memory), or a bare path ending in `.sqlite`, `.sqlite3`
    ///   or `.db` → SQLite. Missing parent directories are created.
    ///
    /// - Throws: ``StorageError/invalidURL(_:)`` for anything else, ``StorageError/connection(_:)``
    ///   when the database cannot be reached or opened.
    public static func open(url: String, logger: Logger) async throws -> any SQLDatabase {
        switch try parse(url) {
        case .postgres(let pgURL):
            return try await PostgresDatabase.open(url: pgURL, logger: logger)
        case .sqlite(let path):
            return try await SQLiteDatabase.open(path: path, logger: logger)
        }
    }

    /// The dialect `url` would open, without opening it.
    public static func dialect(of url: String) throws(StorageError) -> SQLDialect {
        switch try parse(url) {
        case .postgres: .postgres
        case .sqlite: .sqlite
        }
    }

    static func parse(_ raw: String) throws(StorageError) -> Target {
        let url = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !url.isEmpty else { throw .invalidURL("the database URL is empty") }
        let lower = url.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            return .postgres(try PostgresURL.parse(url))
        }
        if lower == "sqlite::memory:" {
            return .sqlite(path: nil)
        }
        if lower.hasPrefix("sqlite://") {
            let rest = String(url.dropFirst("sqlite://".count))
            guard !rest.isEmpty, rest != "/" else {
                throw .invalidURL("sqlite URL has no file path (use sqlite:///abs/path.sqlite or sqlite://relative.sqlite)")
            }
            guard !rest.contains("?"), !rest.contains("#") else {
                throw .invalidURL("sqlite URLs take no parameters")
            }
            guard let path = rest.removingPercentEncoding else {
                throw .invalidURL("sqlite URL has an invalid percent-encoding")
            }
            return .sqlite(path: path)
        }
        if lower.hasPrefix("sqlite:") {
            throw .invalidURL("unsupported sqlite URL form (use sqlite:///abs/path.sqlite, sqlite://relative.sqlite or sqlite::memory:)")
        }
        if !url.contains("://"), [".sqlite", ".sqlite3", ".db"].contains(where: { lower.hasSuffix($0) }) {
            return .sqlite(path: url)
        }
        if let schemeEnd = url.range(of: "://") {
            let scheme = url[..<schemeEnd.lowerBound]
            throw .invalidURL("unsupported database URL scheme '\(scheme)' (expected postgres://, postgresql:// or sqlite://)")
        }
        throw .invalidURL("not a database URL (expected postgres://…, sqlite://…, sqlite::memory: or a path ending in .sqlite/.db)")
    }
}

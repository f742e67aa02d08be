import Foundation
import PostgresNIO

/// A parsed `postgres://` / `postgresql://` URL.
///
/// Form: `postgres://user[:password]@host[:port][/database][?param=value&…]`, with the user,
/// password and database percent-decoded. Supported parameters:
/// - `sslmode`: `disable`, `allow` (as disable), `prefer` (default; TLS when offered, no certificate
///   check), `require` (TLS, no certificate check), `verify-ca`, `verify-full`.
/// - `search_path`: sent as a startup parameter (e.g. to use a dedicated schema).
/// - `application_name`: sent as a startup parameter.
/// - `connect_timeout`: seconds to wait for a connection (default 10).
struct PostgresURL: Sendable, Equatable {
    enum TLSMode: String, Sendable, Equatable {
        case disable, prefer, require, verifyCA = "verify-ca", verifyFull = "verify-full"
    }

    var host: String
    var port: Int = 5432
    var username: String
    var password: String?
    var database: String?
    var tls: TLSMode = .prefer
    var searchPath: String?
    var applicationName: String?
    var connectTimeoutSeconds: Int = 10

    /// The URL without its password, for logs and error messages.
    var redacted: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(username)@\(hostPart):\(port)/\(database ?? "")"
    }

    static func parse(_ string: String) throws(StorageError) -> PostgresURL {
        guard let components = URLComponents(string: string) else {
            throw .invalidURL("postgres URL is not a well-formed URL")
        }
        guard let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql" else {
            throw .invalidURL("postgres URL must start with postgres:// or postgresql://")
        }
        guard var host = components.host, !host.isEmpty else {
            throw .invalidURL("postgres URL has no host")
        }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard let user = components.percentEncodedUser?.removingPercentEncoding, !user.isEmpty else {
            throw .invalidURL("postgres URL has no user name (postgres://user@host/db)")
        }
        var url = PostgresURL(host: host, username: user)
        url.password = components.percentEncodedPassword?.removingPercentEncoding
        if let port = components.port {
            guard (1...65535).contains(port) else { throw .invalidURL("postgres URL port is out of range") }
            url.port = port
        }
        let path = components.percentEncodedPath
        if path.count > 1 {
            guard let name = String(path.dropFirst()).removingPercentEncoding, !name.contains("/") else {
                throw .invalidURL("postgres URL path must be a single database name")
            }
            url.database = name
        }
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                switch value {
                case "disable", "allow": url.tls = .disable
                case "prefer": url.tls = .prefer
                case "require": url.tls = .require
                case "verify-ca": url.tls = .verifyCA
                case "verify-full": url.tls = .verifyFull
                default: throw .invalidURL("unsupported sslmode '\(value)'")
                }
            case "search_path":
                url.searchPath = value
            case "application_name":
                url.applicationName = value
            case "connect_timeout":
                guard let seconds = Int(value), seconds > 0 else {
                    throw .invalidURL("connect_timeout must be a positive number of seconds")
                }
                url.connectTimeoutSeconds = seconds
            default:
                throw .invalidURL("unsupported postgres URL parameter '\(item.name)'")
            }
        }
        return url
    }

    /// The PostgresNIO client configuration for this URL.
    func configuration() -> PostgresClient.Configuration {
        var config = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tlsSetting()
        )
        config.options.connectTimeout = .seconds(connectTimeoutSeconds)
        var startup: [(String, String)] = []
        if let searchPath { startup.append(("search_path", searchPath)) }
        if let applicationName { startup.append(("application_name", applicationName)) }
        config.options.additionalStartupParameters = startup
        return config
    }

    private func tlsSetting() -> PostgresClient.Configuration.TLS {
        var tlsConfig = TLSConfiguration.makeClientConfiguration()
        switch tls {
        case .disable:
            return .disable
        case .prefer:
            tlsConfig.certificateVerification = .none
            return .prefer(tlsConfig)
        case .require:
            tlsConfig.certificateVerification = .none
            return .require(tlsConfig)
        case .verifyCA:
            tlsConfig.certificateVerification = .noHostnameVerification
            return .require(tlsConfig)
        case .verifyFull:
            return .require(tlsConfig)
        }
    }
}

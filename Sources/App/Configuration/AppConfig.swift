import CoachingProviders
import Foundation
import Logging

/// Server configuration read from the environment. Every bad value is a `ConfigError` naming the variable.
public struct AppConfig: Sendable {
    public enum Environment: String, Sendable { case development, production }

    public var host: String = "127.0.0.1"
    public var port: Int = 8000
    public var databaseURL: String = "sqlite://cataclysm.sqlite"
    public var authSecrets: [String] = []
    public var devAuthBypass = false
    public var testAuthUserID = "dev-user"
    public var environment: Environment = .development
    /// Set when `RAILWAY_ENVIRONMENT` (the hosting platform marker) is present.
    public var hostedEnvironment = false
    public var corsOrigins: [String] = ["http://localhost:3000"]
    public var maxUploadSizeMB = 50
    public var logLevel: Logger.Level = .info
    public var sessionDataDirectory = "Fixtures/sessions"
    /// The demo session's CSV, stored for the demo user on first request (`DEMO_SESSION_FILE`; `off`: no demo);
    /// nil: the Barber intermediate fixture under `sessionDataDirectory`.
    public var demoSessionFile: String?
    /// An operator-seeded demo session (`DEMO_SESSION_ID`), used instead of the file; it must belong to the demo user.
    public var demoSessionID: String?
    /// Proxies whose `X-Forwarded-For` is believed (IP addresses or CIDR ranges, `TRUSTED_PROXIES`).
    public var trustedProxies: [String] = []
    /// Rate limits of platform.md §12.4, stored in the database (`RATE_LIMIT_*`).
    public var rateLimits = RateLimitSettings()
    /// Absolute origin for share URLs (`PUBLIC_BASE_URL`, e.g. https://cataclysm.example); nil: relative URLs.
    public var publicBaseURL: String?
    /// Bound of the processed-telemetry cache, in MiB.
    public var sessionCacheMB = 512
    /// Bound of the analysis cache (derived results and encoded responses), in MiB.
    public var analysisCacheMB = 256
    /// Platform operators, by email (`ADMIN_EMAILS`, or `ADMIN_ALLOWLIST_EMAILS_RAW`), lower-cased.
    public var adminEmails: Set<String> = []
    /// Auth.js provider ids whose emails are verified (`AUTH_TRUSTED_EMAIL_PROVIDERS`, e.g. `google,github`): a new
    /// `sub` from one of them (or with `email_verified: true`) is linked to the existing user with that email.
    public var trustedEmailProviders: Set<String> = []
    /// Lets the dev bypass serve on a non-loopback `HOST` (`DEV_AUTH_BYPASS_ALLOW_REMOTE`).
    public var devAuthBypassAllowRemote = false

    /// LLM providers for coaching (keys, base URLs, routes, timeouts, retries); none configured by default, and then
    /// the built-in coach writes every report.
    public var llm = ProviderConfiguration.none
    /// How often the coaching runner looks for jobs it was not woken for (queued by another instance, or left by a
    /// crashed worker); tests that act as a worker themselves push it out of their way.
    public var coachingPollSeconds = 5.0
    /// Session weather lookups; off by default.
    public var weather = WeatherSettings()

    public init() {}

    /// Production mode: the environment says so, or the hosting marker is set (auth.md §7).
    public var isProduction: Bool { environment == .production || hostedEnvironment }

    public var maxUploadBytes: Int { maxUploadSizeMB * 1024 * 1024 }

    /// Reads and validates the whole configuration; the first bad variable stops it.
    public static func fromEnvironment(_ env: [String: String]) throws(ConfigError) -> AppConfig {
        var config = AppConfig()
        if let host = env.nonEmpty("HOST") { config.host = host }
        if let port = env.nonEmpty("PORT") {
            guard let value = Int(port), (1...65535).contains(value) else {
                throw ConfigError(variable: "PORT", problem: "must be an integer from 1 to 65535, got '\(port)'")
            }
            config.port = value
        }
        if let url = env.nonEmpty("DATABASE_URL") {
            let lower = url.lowercased()
            guard lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") || lower.hasPrefix("sqlite:")
                || lower.hasSuffix(".sqlite") || lower.hasSuffix(".db") else {
                throw ConfigError(variable: "DATABASE_URL",
                                  problem: "must be postgres://…, postgresql://…, sqlite://FILE or a .sqlite/.db path")
            }
            config.databaseURL = url
        }
        config.authSecrets = SecretSettings.secrets(from: env)
        if let raw = env["DEV_AUTH_BYPASS"] {
            guard let value = BooleanSetting.parse(raw) else {
                throw ConfigError(variable: "DEV_AUTH_BYPASS", problem: "must be true/false (or 1/0, yes/no, on/off), got '\(raw)'")
            }
            config.devAuthBypass = value
        }
        if let user = env.nonEmpty("TEST_AUTH_USER_ID") { config.testAuthUserID = user }
        if let raw = env["DEV_AUTH_BYPASS_ALLOW_REMOTE"] {
            guard let value = BooleanSetting.parse(raw) else {
                throw ConfigError(variable: "DEV_AUTH_BYPASS_ALLOW_REMOTE",
                                  problem: "must be true/false (or 1/0, yes/no, on/off), got '\(raw)'")
            }
            config.devAuthBypassAllowRemote = value
        }
        if let raw = env.nonEmpty("ADMIN_EMAILS") ?? env.nonEmpty("ADMIN_ALLOWLIST_EMAILS_RAW") {
            let variable = env.nonEmpty("ADMIN_EMAILS") != nil ? "ADMIN_EMAILS" : "ADMIN_ALLOWLIST_EMAILS_RAW"
            config.adminEmails = try EmailList.parse(raw, variable: variable)
        }
        if let raw = env.nonEmpty("AUTH_TRUSTED_EMAIL_PROVIDERS") {
            config.trustedEmailProviders = Set(raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                .filter { !$0.isEmpty })
        }
        if let raw = env.nonEmpty("ENVIRONMENT") ?? env.nonEmpty("APP_ENV") {
            guard let value = Environment(rawValue: raw.lowercased()) else {
                throw ConfigError(variable: "ENVIRONMENT", problem: "must be development or production, got '\(raw)'")
            }
            config.environment = value
        }
        config.hostedEnvironment = env["RAILWAY_ENVIRONMENT"] != nil
        if let raw = env.nonEmpty("CORS_ORIGINS") ?? env.nonEmpty("CORS_ORIGINS_RAW") {
            let variable = env.nonEmpty("CORS_ORIGINS") != nil ? "CORS_ORIGINS" : "CORS_ORIGINS_RAW"
            config.corsOrigins = try CORSOriginList.parse(raw, variable: variable)
        }
        if let raw = env.nonEmpty("MAX_UPLOAD_SIZE_MB") {
            guard let value = Int(raw), (1...2048).contains(value) else {
                throw ConfigError(variable: "MAX_UPLOAD_SIZE_MB", problem: "must be an integer from 1 to 2048, got '\(raw)'")
            }
            config.maxUploadSizeMB = value
        }
        if let raw = env.nonEmpty("LOG_LEVEL") {
            guard let level = Logger.Level(rawValue: raw.lowercased() == "warn" ? "warning" : raw.lowercased()) else {
                throw ConfigError(variable: "LOG_LEVEL",
                                  problem: "must be one of trace, debug, info, notice, warning, error, critical; got '\(raw)'")
            }
            config.logLevel = level
        }
        if let dir = env.nonEmpty("SESSION_DATA_DIR") { config.sessionDataDirectory = dir }
        if let file = env.nonEmpty("DEMO_SESSION_FILE") { config.demoSessionFile = file }
        if let id = env.nonEmpty("DEMO_SESSION_ID") { config.demoSessionID = id }
        if let raw = env.nonEmpty("SESSION_CACHE_MB") {
            guard let value = Int(raw), (16...65536).contains(value) else {
                throw ConfigError(variable: "SESSION_CACHE_MB", problem: "must be an integer from 16 to 65536, got '\(raw)'")
            }
            config.sessionCacheMB = value
        }
        if let raw = env.nonEmpty("ANALYSIS_CACHE_MB") {
            guard let value = Int(raw), (16...65536).contains(value) else {
                throw ConfigError(variable: "ANALYSIS_CACHE_MB", problem: "must be an integer from 16 to 65536, got '\(raw)'")
            }
            config.analysisCacheMB = value
        }
        if let raw = env.nonEmpty("TRUSTED_PROXIES") {
            config.trustedProxies = raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for entry in config.trustedProxies where IPRange(entry) == nil {
                throw ConfigError(variable: "TRUSTED_PROXIES", problem: "must list IP addresses or CIDR ranges, got '\(entry)'")
            }
        }
        config.rateLimits = try RateLimitSettings.fromEnvironment(env)
        config.weather = try WeatherSettings.fromEnvironment(env)
        do { config.llm = try ProviderConfiguration(environment: env) } catch {
            throw ConfigError(variable: error.variable, problem: error.problem)
        }
        if let raw = env.nonEmpty("PUBLIC_BASE_URL") {
            guard let url = URL(string: raw), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ConfigError(variable: "PUBLIC_BASE_URL", problem: "must be an http(s) URL, got '\(raw)'")
            }
            config.publicBaseURL = raw.hasSuffix("/") ? String(raw.dropLast()) : raw
        }
        try config.validateStartup()
        return config
    }

    /// What an operator should hear at start: settings that run, but not safely.
    public var startupWarnings: [String] {
        var warnings: [String] = []
        if authSecrets.contains(DevSecret.value) {
            warnings.append("AUTH_SECRET is the well-known development secret: anyone can mint tokens for this server")
        }
        if devAuthBypass && !bindsLoopbackOnly {
            warnings.append("DEV_AUTH_BYPASS is reachable from other machines (DEV_AUTH_BYPASS_ALLOW_REMOTE=true, HOST=\(host))")
        }
        return warnings
    }

    /// Whether `HOST` only accepts connections from this machine.
    public var bindsLoopbackOnly: Bool {
        let host = self.host.lowercased()
        return host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// Refuses combinations that must never run (auth.md §7).
    public func validateStartup() throws(ConfigError) {
        if devAuthBypass && !bindsLoopbackOnly && !devAuthBypassAllowRemote {
            throw ConfigError(variable: "DEV_AUTH_BYPASS",
                              problem: "is only allowed with a loopback HOST (127.0.0.1, ::1, localhost), not '\(host)'; "
                                  + "set DEV_AUTH_BYPASS_ALLOW_REMOTE=true to expose it on purpose")
        }
        if devAuthBypass && isProduction {
            throw ConfigError(variable: "DEV_AUTH_BYPASS",
                              problem: "cannot be enabled in production (ENVIRONMENT=production or RAILWAY_ENVIRONMENT set)")
        }
        if isProduction && !devAuthBypass {
            if authSecrets.isEmpty {
                throw ConfigError(variable: "AUTH_SECRET", problem: "must be set in production (or NEXTAUTH_SECRET)")
            }
            if authSecrets.contains(DevSecret.value) {
                throw ConfigError(variable: "AUTH_SECRET", problem: "must not be the well-known development secret in production")
            }
        }
    }
}

extension Dictionary where Key == String, Value == String {
    func nonEmpty(_ key: String) -> String? {
        guard let value = self[key], !value.isEmpty else { return nil }
        return value
    }
}

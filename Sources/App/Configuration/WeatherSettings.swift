import Foundation

/// Where session weather comes from (platform.md §2.9). Off unless configured: with nothing configured the server
/// makes no outside calls and weather is simply absent.
///
/// | Variable | Default | Meaning |
/// |---|---|---|
/// | `WEATHER_PROVIDER` | `none` | `open-meteo` turns lookups on (no key needed) |
/// | `OPEN_METEO_BASE_URL` | `https://api.open-meteo.com` | forecast API (sessions up to 16 days old) |
/// | `OPEN_METEO_ARCHIVE_URL` | `https://archive-api.open-meteo.com` | archive API (older sessions) |
/// | `WEATHER_TIMEOUT_S` | `10` | one lookup's time limit |
public struct WeatherSettings: Sendable, Equatable {
    public var enabled = false
    public var forecastBaseURL = "https://api.open-meteo.com"
    public var archiveBaseURL = "https://archive-api.open-meteo.com"
    public var timeoutSeconds = 10.0
    /// How long after start-up the background backfill makes its first pass (tests push it out of their way).
    public var backfillStartDelaySeconds = 30.0

    public init() {}

    static func fromEnvironment(_ env: [String: String]) throws(ConfigError) -> WeatherSettings {
        var settings = WeatherSettings()
        switch env.nonEmpty("WEATHER_PROVIDER")?.lowercased() {
        case nil, "none": settings.enabled = false
        case "open-meteo": settings.enabled = true
        case let other?: throw ConfigError(variable: "WEATHER_PROVIDER", problem: "must be none or open-meteo, got '\(other)'")
        }
        for (variable, path) in [("OPEN_METEO_BASE_URL", \WeatherSettings.forecastBaseURL), ("OPEN_METEO_ARCHIVE_URL", \.archiveBaseURL)] {
            guard let raw = env.nonEmpty(variable) else { continue }
            guard let url = URL(string: raw), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ConfigError(variable: variable, problem: "must be an http(s) URL, got '\(raw)'")
            }
            settings[keyPath: path] = raw
        }
        if let raw = env.nonEmpty("WEATHER_TIMEOUT_S") {
            guard let value = Double(raw), value > 0, value <= 120 else {
                throw ConfigError(variable: "WEATHER_TIMEOUT_S", problem: "must be a number of seconds from 0 to 120, got '\(raw)'")
            }
            settings.timeoutSeconds = value
        }
        return settings
    }
}

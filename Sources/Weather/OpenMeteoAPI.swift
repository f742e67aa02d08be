import Foundation

/// Which Open-Meteo service answers for a session (§2.9): the forecast API keeps the recent past (and the future),
/// the archive (ERA5 reanalysis) everything older.
enum OpenMeteoAPI: String, Sendable, Equatable {
    case forecast
    case archive

    /// The forecast API serves sessions at most this old.
    static let forecastReach: TimeInterval = 16 * 86_400

    /// The service for a session at `session` when it is `now`.
    static func choose(session: Date, now: Date) -> OpenMeteoAPI {
        now.timeIntervalSince(session) <= forecastReach ? .forecast : .archive
    }

    /// The endpoint path.
    var path: String {
        switch self {
        case .forecast: "/v1/forecast"
        case .archive: "/v1/archive"
        }
    }
}

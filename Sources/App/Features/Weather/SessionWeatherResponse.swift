import TelemetryCore
import Weather

/// `GET /api/sessions/{id}/weather`: `{"session_id": …, "weather": {…}|null}`.
struct SessionWeatherResponse: Codable, Sendable {
    var session_id: String
    @Nullable var weather: SessionWeather?
}

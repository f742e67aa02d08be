import Equipment
import TelemetryCore
import Weather

/// `POST /api/equipment/weather/lookup`'s answer (platform.md §4.4): the conditions, or null with a message.
struct WeatherLookupResponse: Encodable, Sendable {
    var conditions: SessionWeather?
    var message: String?

    enum CodingKeys: String, CodingKey { case conditions, message }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(conditions, forKey: .conditions)
        if let message { try c.encode(message, forKey: .message) }
    }
}

/// The parts of an Open-Meteo forecast/archive answer the provider reads (other keys are ignored).
struct OpenMeteoAnswer: Decodable, Sendable {
    var hourly: OpenMeteoHourly?
    var minutely_15: OpenMeteoQuarterHourly?

    /// Rain + showers: their sum when both are known, the one known otherwise, nil when neither is.
    static func precipitation(rain: Double?, showers: Double?) -> Double? {
        switch (rain, showers) {
        case let (rain?, showers?): rain + showers
        case let (rain?, nil): rain
        case let (nil, showers?): showers
        case (nil, nil): nil
        }
    }
}

/// The `hourly` block of an Open-Meteo answer: parallel arrays indexed like `time` (any may be absent or short,
/// any value null).
struct OpenMeteoHourly: Decodable, Sendable {
    var time: [OpenMeteoTime]
    var temperature_2m: [Double?]?
    var relative_humidity_2m: [Double?]?
    var wind_speed_10m: [Double?]?
    var wind_direction_10m: [Double?]?
    var rain: [Double?]?
    var showers: [Double?]?
    var direct_radiation: [Double?]?
    var dew_point_2m: [Double?]?
    var cloud_cover: [Double?]?
    var soil_temperature_0cm: [Double?]?

    /// The variables asked for, in the order of §2.9.
    static let variables = ["temperature_2m", "relative_humidity_2m", "wind_speed_10m", "wind_direction_10m", "rain",
                            "showers", "direct_radiation", "dew_point_2m", "cloud_cover", "soil_temperature_0cm"]
}

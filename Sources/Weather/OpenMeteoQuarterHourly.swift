/// The `minutely_15` block of an Open-Meteo answer: rain and showers of the 15 minutes ending at each `time`.
struct OpenMeteoQuarterHourly: Decodable, Sendable {
    var time: [OpenMeteoTime]
    var rain: [Double?]?
    var showers: [Double?]?

    /// The variables asked for.
    static let variables = ["rain", "showers"]
}

import Foundation
import TestSupport

/// Open-Meteo answers for the stub server: two UTC days of hourly rows (from 00:00 of `firstDay`) and the matching
/// 15-minute rows, each variable produced by a closure of the row index.
struct OpenMeteoFixture: Sendable {
    /// "YYYY-MM-DD" of the first row.
    var firstDay: String
    var hours = 48
    var temperature: @Sendable (Int) -> Double? = { 10 + Double($0) * 0.25 }
    var humidity: @Sendable (Int) -> Double? = { 40 + Double($0) }
    var wind: @Sendable (Int) -> Double? = { 5 + Double($0) * 0.5 }
    var windDirection: @Sendable (Int) -> Double? = { Double($0 * 7 % 360) }
    var rain: @Sendable (Int) -> Double? = { _ in 0 }
    var showers: @Sendable (Int) -> Double? = { _ in 0 }
    var radiation: @Sendable (Int) -> Double? = { _ in 0 }
    var dewPoint: @Sendable (Int) -> Double? = { 2 + Double($0) * 0.1 }
    var cloudCover: @Sendable (Int) -> Double? = { _ in 50 }
    var soilTemperature: @Sendable (Int) -> Double? = { 8 + Double($0) * 0.3 }
    /// Rain + showers of each 15-minute row (nil leaves `minutely_15` out of the answer).
    var quarterHourlyRain: (@Sendable (Int) -> Double?)? = { _ in 0 }

    /// The JSON body.
    var json: String {
        func column(_ make: (Int) -> Double?, count: Int) -> [Any] { (0..<count).map { make($0).map { $0 as Any } ?? NSNull() } }
        let times = (0..<hours).map { index in "\(day(index / 24))T\(pad(index % 24)):00" }
        var body: [String: Any] = [
            "latitude": 33.5, "longitude": -86.625, "generationtime_ms": 0.5, "utc_offset_seconds": 0, "timezone": "GMT",
            "timezone_abbreviation": "GMT", "elevation": 200.0,
            "hourly_units": ["time": "iso8601", "temperature_2m": "°C"],
            "hourly": [
                "time": times,
                "temperature_2m": column(temperature, count: hours),
                "relative_humidity_2m": column(humidity, count: hours),
                "wind_speed_10m": column(wind, count: hours),
                "wind_direction_10m": column(windDirection, count: hours),
                "rain": column(rain, count: hours),
                "showers": column(showers, count: hours),
                "direct_radiation": column(radiation, count: hours),
                "dew_point_2m": column(dewPoint, count: hours),
                "cloud_cover": column(cloudCover, count: hours),
                "soil_temperature_0cm": column(soilTemperature, count: hours),
            ] as [String: Any],
        ]
        if let quarterHourlyRain {
            let quarters = hours * 4
            body["minutely_15"] = [
                "time": (0..<quarters).map { index in "\(day(index / 96))T\(pad(index % 96 / 4)):\(pad(index % 4 * 15))" },
                "rain": column(quarterHourlyRain, count: quarters),
                "showers": column({ _ in 0 }, count: quarters),
            ] as [String: Any]
        }
        guard let data = try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A 200 carrying `json`.
    var reply: StubReply { .http(status: 200, body: json) }

    /// "YYYY-MM-DD" `offset` days after `firstDay`.
    private func day(_ offset: Int) -> String {
        let parts = firstDay.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return firstDay }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2] + offset
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard let date = calendar.date(from: components) else { return firstDay }
        let fields = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(fields.year ?? 0)-\(pad(fields.month ?? 0))-\(pad(fields.day ?? 0))"
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

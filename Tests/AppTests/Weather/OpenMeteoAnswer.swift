import Foundation

/// An Open-Meteo answer for two UTC days from `firstDay` (the previous day and the session day): hourly rows whose
/// temperature is 10 + hour index × 0.25 °C, and rain (mm per hour) from `rain`.
struct OpenMeteoAnswer {
    var firstDay: String
    var rain: (Int) -> Double = { _ in 0 }

    /// The temperature the answer gives at hour `index` (0–47).
    static func temperature(_ index: Int) -> Double { 10 + Double(index) * 0.25 }

    var json: String {
        let days = [firstDay, Self.nextDay(firstDay)]
        let hours = (0..<48).map { "\(days[$0 / 24])T\(String(format: "%02d", $0 % 24)):00" }
        let quarters = (0..<192).map { "\(days[$0 / 96])T\(String(format: "%02d", ($0 % 96) / 4)):\(String(format: "%02d", ($0 % 4) * 15))" }
        let hourly: [String: Any] = [
            "time": hours, "temperature_2m": (0..<48).map(Self.temperature), "relative_humidity_2m": (0..<48).map { _ in 55.0 },
            "wind_speed_10m": (0..<48).map { _ in 12.0 }, "wind_direction_10m": (0..<48).map { _ in 240.0 },
            "rain": (0..<48).map(rain), "showers": (0..<48).map { _ in 0.0 }, "direct_radiation": (0..<48).map { _ in 200.0 },
            "dew_point_2m": (0..<48).map { _ in 5.0 }, "cloud_cover": (0..<48).map { _ in 30.0 },
            "soil_temperature_0cm": (0..<48).map { _ in 15.0 },
        ]
        let minutely: [String: Any] = ["time": quarters, "rain": (0..<192).map { rain($0 / 4) / 4 }, "showers": (0..<192).map { _ in 0.0 }]
        let answer: [String: Any] = ["latitude": 33.53, "longitude": -86.62, "timezone": "UTC", "hourly": hourly, "minutely_15": minutely]
        return String(decoding: try! JSONSerialization.data(withJSONObject: answer), as: UTF8.self)
    }

    static func nextDay(_ day: String) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: formatter.date(from: day)!.addingTimeInterval(86400))
    }
}

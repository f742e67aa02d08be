import Foundation
import Weather

/// A day of weather around a session at 12:00 UTC on 14 June 2025, built hour by hour for the model tests.
struct Scenario: Sendable {
    static let session = Instants.utc(2025, 6, 14, 12)

    var temperatureC: Double? = 20
    var relativeHumidityPct: Double? = 60
    var dewPointC: Double? = nil
    var windSpeedKmh: Double? = 10
    var cloudCoverPct: Double? = 20
    /// Direct radiation by hour offset from the session (−24…+12).
    var radiation: @Sendable (Int) -> Double? = { Scenario.sunny($0) }
    /// Rain + showers of the hour ending at the offset.
    var rain: @Sendable (Int) -> Double? = { _ in 0 }

    /// A clear June day at mid-latitude: 0 at night, up to 750 W/m² at solar noon (12 UTC here).
    static func sunny(_ offset: Int) -> Double {
        let hourOfDay = Double(((12 + offset) % 24 + 24) % 24)
        return max(0, 750 * sin(Double.pi * (hourOfDay - 5) / 15))
    }

    /// The hourly series from 24 h before the session to 12 h after.
    var series: PrecipitationSeries {
        PrecipitationSeries(hourly: (-24...12).map { offset in
            HourlyConditions(time: Self.session.addingTimeInterval(Double(offset) * 3_600), precipitationMm: rain(offset),
                             temperatureC: temperatureC, relativeHumidityPct: relativeHumidityPct, dewPointC: dewPointC,
                             windSpeedKmh: windSpeedKmh, directRadiationWm2: radiation(offset), cloudCoverPct: cloudCoverPct)
        })
    }

    var assessment: TrackAssessment { TrackConditionModel.assess(series, at: Self.session) }
}

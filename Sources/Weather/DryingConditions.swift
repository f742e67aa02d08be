import Foundation

/// The air over the track during one step of the water balance, with gaps filled by typical values (and flagged, so
/// the confidence drops).
struct DryingConditions: Sendable, Equatable {
    /// Air temperature at 2 m, °C.
    var temperatureC: Double
    /// Actual vapour pressure of the air, kPa.
    var vapourPressureKPa: Double
    /// Wind speed at 10 m, km/h.
    var windSpeedKmh: Double
    /// Direct solar radiation on the horizontal plane, W/m².
    var directRadiationWm2: Double
    /// Cloud cover, 0…1.
    var cloudFraction: Double
    /// Temperature, humidity (relative or dew point) or wind was missing and replaced by a default.
    var airDefaulted: Bool
    /// Radiation or cloud cover was missing and replaced by a default.
    var radiationDefaulted: Bool

    /// Stand-ins for a missing value: a mild, breezy, overcast-ish hour (mid-latitude averages). Radiation defaults to
    /// none, so a gap never dries the track faster than the data would.
    static let defaultTemperatureC = 15.0
    static let defaultRelativeHumidityPct = 75.0
    static let defaultWindSpeedKmh = 10.0
    static let defaultDirectRadiationWm2 = 0.0
    static let defaultCloudFraction = 0.5

    /// The conditions at `instant`: instantaneous variables from the nearest hour within 90 minutes, radiation from
    /// the hour whose mean covers `instant`. Values outside physical ranges count as missing.
    static func at(_ instant: Date, in hourly: [HourlyConditions]) -> DryingConditions {
        let temperature = nearest(\.temperatureC, to: instant, in: hourly, valid: -60...60)
        let dewPoint = nearest(\.dewPointC, to: instant, in: hourly, valid: -80...40)
        let humidity = nearest(\.relativeHumidityPct, to: instant, in: hourly, valid: 0...100)
        let wind = nearest(\.windSpeedKmh, to: instant, in: hourly, valid: 0...400)
        let cloud = nearest(\.cloudCoverPct, to: instant, in: hourly, valid: 0...100)
        let radiation = covering(\.directRadiationWm2, instant: instant, in: hourly, valid: 0...1_500)

        let airTemperature = temperature ?? defaultTemperatureC
        let saturation = Psychrometrics.saturationVapourPressureKPa(airTemperature)
        let vapour: Double = if let dewPoint, dewPoint <= airTemperature + 0.5 {
            min(saturation, Psychrometrics.saturationVapourPressureKPa(dewPoint))
        } else {
            saturation * (humidity ?? defaultRelativeHumidityPct) / 100
        }
        return DryingConditions(
            temperatureC: airTemperature, vapourPressureKPa: vapour, windSpeedKmh: wind ?? defaultWindSpeedKmh,
            directRadiationWm2: radiation ?? defaultDirectRadiationWm2,
            cloudFraction: cloud.map { $0 / 100 } ?? defaultCloudFraction,
            airDefaulted: temperature == nil || (dewPoint == nil && humidity == nil) || wind == nil,
            radiationDefaulted: radiation == nil || cloud == nil)
    }

    /// The value of the hour nearest `instant` (within 90 minutes) that has a valid one.
    private static func nearest(_ field: KeyPath<HourlyConditions, Double?>, to instant: Date, in hourly: [HourlyConditions],
                                valid: ClosedRange<Double>) -> Double? {
        var best: (distance: Double, value: Double)?
        for hour in hourly {
            guard let value = hour[keyPath: field], value.isFinite, valid.contains(value) else { continue }
            let distance = abs(hour.time.timeIntervalSince(instant))
            guard distance <= 5_400, distance < best?.distance ?? .infinity else { continue }
            best = (distance, value)
        }
        return best?.value
    }

    /// The value of the hour ending at or after `instant` whose hour-long mean covers it.
    private static func covering(_ field: KeyPath<HourlyConditions, Double?>, instant: Date, in hourly: [HourlyConditions],
                                 valid: ClosedRange<Double>) -> Double? {
        for hour in hourly {
            let ahead = hour.time.timeIntervalSince(instant)
            guard ahead >= 0, ahead < 3_600, let value = hour[keyPath: field], value.isFinite, valid.contains(value) else { continue }
            return value
        }
        return nil
    }
}

import Foundation

/// One hour of the weather around a session: the inputs of the surface-water model. Any field may be nil.
///
/// Open-Meteo's conventions: temperatures, humidity, wind and cloud are instantaneous at `time`; precipitation and
/// radiation are the sum/mean of the hour that ends at `time`.
public struct HourlyConditions: Sendable, Equatable {
    /// The hour (UTC instant).
    public var time: Date
    /// Rain + showers of the hour ending at `time`, mm.
    public var precipitationMm: Double?
    /// Air temperature at 2 m, °C.
    public var temperatureC: Double?
    /// Relative humidity at 2 m, %.
    public var relativeHumidityPct: Double?
    /// Dew point at 2 m, °C.
    public var dewPointC: Double?
    /// Wind speed at 10 m, km/h.
    public var windSpeedKmh: Double?
    /// Direct solar radiation on the horizontal plane, mean of the hour ending at `time`, W/m².
    public var directRadiationWm2: Double?
    /// Total cloud cover, %.
    public var cloudCoverPct: Double?

    /// An hour of conditions.
    public init(time: Date, precipitationMm: Double? = nil, temperatureC: Double? = nil, relativeHumidityPct: Double? = nil,
                dewPointC: Double? = nil, windSpeedKmh: Double? = nil, directRadiationWm2: Double? = nil,
                cloudCoverPct: Double? = nil) {
        self.time = time
        self.precipitationMm = precipitationMm
        self.temperatureC = temperatureC
        self.relativeHumidityPct = relativeHumidityPct
        self.dewPointC = dewPointC
        self.windSpeedKmh = windSpeedKmh
        self.directRadiationWm2 = directRadiationWm2
        self.cloudCoverPct = cloudCoverPct
    }
}

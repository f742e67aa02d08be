import Foundation

/// The hourly and 15-minute weather around a session: what `TrackConditionModel` balances.
///
/// Samples need not be sorted, complete or on a regular grid; the model uses the 15-minute precipitation where it
/// covers an interval and the hourly one (spread evenly over its hour) elsewhere.
public struct PrecipitationSeries: Sendable, Equatable {
    /// Hourly precipitation and drying conditions.
    public var hourly: [HourlyConditions]
    /// 15-minute precipitation (Open-Meteo `minutely_15` rain + showers).
    public var quarterHourly: [PrecipitationSample]

    /// A series of hourly conditions and 15-minute precipitation.
    public init(hourly: [HourlyConditions], quarterHourly: [PrecipitationSample] = []) {
        self.hourly = hourly
        self.quarterHourly = quarterHourly
    }
}

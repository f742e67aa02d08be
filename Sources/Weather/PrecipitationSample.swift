import Foundation

/// Precipitation fallen in the interval that ends at `time` (Open-Meteo's "preceding 15 minutes/hour sum").
public struct PrecipitationSample: Sendable, Equatable {
    /// The end of the interval.
    public var time: Date
    /// Rain + showers of the interval, mm; nil when unknown.
    public var millimetres: Double?

    /// The precipitation of the interval ending at `time`.
    public init(time: Date, millimetres: Double?) {
        self.time = time
        self.millimetres = millimetres
    }
}

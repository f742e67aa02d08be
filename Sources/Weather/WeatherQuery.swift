import Foundation

/// Where and when a session was driven: the input of a `WeatherProvider`.
public struct WeatherQuery: Sendable, Equatable {
    /// Degrees north, −90…90 (the session's GPS centroid).
    public var latitude: Double
    /// Degrees east, −180…180.
    public var longitude: Double
    /// The UTC instant of the session (hour precision is enough).
    public var date: Date

    /// A query for the session driven at `date` at (`latitude`, `longitude`).
    public init(latitude: Double, longitude: Double, date: Date) {
        self.latitude = latitude
        self.longitude = longitude
        self.date = date
    }

    /// Whether the coordinates are finite and on the globe (a provider asks nothing for any other query).
    public var hasValidCoordinates: Bool {
        latitude.isFinite && longitude.isFinite && (-90...90).contains(latitude) && (-180...180).contains(longitude)
    }
}

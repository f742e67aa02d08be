/// The mean position of a session's GPS-quality rows, to 6 decimals (≈0.1 m): where the session was driven.
public struct GPSCentroid: Sendable, Equatable, Codable {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    /// The centroid of `latitude`/`longitude` (same length); nil when empty or not finite.
    public static func of(latitude: [Double], longitude: [Double]) -> GPSCentroid? {
        guard !latitude.isEmpty, latitude.count == longitude.count,
              let meanLat = Numerics.mean(latitude), let meanLon = Numerics.mean(longitude),
              meanLat.isFinite, meanLon.isFinite else { return nil }
        return GPSCentroid(lat: Numerics.round(meanLat, 6), lon: Numerics.round(meanLon, 6))
    }
}

extension ProcessedSession {
    /// Where the session was driven.
    public var gpsCentroid: GPSCentroid? { GPSCentroid.of(latitude: channels.latitude, longitude: channels.longitude) }
}

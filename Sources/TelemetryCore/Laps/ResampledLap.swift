/// One lap resampled onto the 0.7 m distance grid (analysis.md §3.3). Columnar; every
/// stored value is finite. The channels later analyses read are stored; the raw
/// accelerometer and gyro channels (read by none of them) are resampled on demand with
/// `ProcessedSession.resampled(_:lap:)` to keep a loaded session small. Encodes as the lap-data response of §3.7:
/// `lap_number, distance_m, speed_mph, lat, lon, heading_deg, lateral_g, longitudinal_g,
/// lap_time_s, altitude_m` (absent channels as `null`).
public struct ResampledLap: Sendable, Encodable {
    /// RaceChrono lap number.
    public let lapNumber: Int
    /// Distance from the start/finish crossing (m): k·0.7.
    public let distance: DistanceGrid
    /// Time since the start/finish crossing (s).
    public let lapTime: [Double]
    /// Speed (m/s).
    public let speed: [Double]
    /// Latitude (deg).
    public let latitude: [Double]
    /// Longitude (deg).
    public let longitude: [Double]
    /// Altitude (m); `nil` when absent.
    public let altitude: [Double]?
    /// Heading, degrees clockwise from north, [0, 360).
    public let heading: [Double]
    /// Lateral g (positive right); `nil` when absent.
    public let lateralG: [Double]?
    /// Longitudinal g (negative braking); `nil` when absent.
    public let longitudinalG: [Double]?

    /// Number of grid points.
    public var count: Int { distance.count }
    /// Last grid distance (m).
    public var lastDistance: Double { distance.last ?? 0 }

    var arrays: [[Double]] {
        [lapTime, speed, latitude, longitude, heading]
            + [altitude, lateralG, longitudinalG].compactMap { $0 }
    }
    /// Σ capacity × 8 bytes.
    public var estimatedMemoryBytes: Int { arrays.reduce(0) { $0 + $1.capacity * 8 } }
    /// Σ count × 8 bytes.
    public var payloadBytes: Int { arrays.reduce(0) { $0 + $1.count * 8 } }

    enum CodingKeys: String, CodingKey {
        case lapNumber = "lap_number", distance = "distance_m", speedMph = "speed_mph"
        case latitude = "lat", longitude = "lon", heading = "heading_deg", lateralG = "lateral_g"
        case longitudinalG = "longitudinal_g", lapTime = "lap_time_s", altitude = "altitude_m"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(lapNumber, forKey: .lapNumber)
        try c.encode(distance, forKey: .distance)
        try c.encodeFinite(speed.map { $0 * AnalysisConstants.mpsToMph }, forKey: .speedMph)
        try c.encodeFinite(latitude, forKey: .latitude)
        try c.encodeFinite(longitude, forKey: .longitude)
        try c.encodeFinite(heading, forKey: .heading)
        try c.encodeFinite(lateralG, forKey: .lateralG)
        try c.encodeFinite(longitudinalG, forKey: .longitudinalG)
        try c.encodeFinite(lapTime, forKey: .lapTime)
        try c.encodeFinite(altitude, forKey: .altitude)
    }
}

extension KeyedEncodingContainer {
    /// Encodes an array whose non-finite elements become `null`; a `nil` array becomes `null`.
    mutating func encodeFinite(_ values: [Double]?, forKey key: Key) throws {
        guard let values else { try encodeNil(forKey: key); return }
        if values.allSatisfy(\.isFinite) { try encode(values, forKey: key); return }
        var n = nestedUnkeyedContainer(forKey: key)
        for v in values { if v.isFinite { try n.encode(v) } else { try n.encodeNil() } }
    }

    /// Encodes a number, or `null` when it is not finite.
    mutating func encodeFinite(_ value: Double?, forKey key: Key) throws {
        if let value, value.isFinite { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

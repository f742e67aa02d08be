import Foundation

/// Exact WGS-84 geodetic → ECEF → local East/North/Up conversion (both heights 0), as client-extras.md §8.1 step 1 asks.
public enum GeodeticENU {
    /// WGS-84 semi-major axis (m).
    public static let semiMajorAxis = 6_378_137.0
    /// WGS-84 flattening.
    public static let flattening = 1 / 298.257_223_563
    static let eccentricitySquared = flattening * (2 - flattening)

    /// Earth-centred, Earth-fixed coordinates (m) of a point at height 0.
    public static func ecef(latitude: Double, longitude: Double) -> (x: Double, y: Double, z: Double) {
        let phi = latitude * .pi / 180, lambda = longitude * .pi / 180
        let n = semiMajorAxis / (1 - eccentricitySquared * sin(phi) * sin(phi)).squareRoot()
        return (n * cos(phi) * cos(lambda), n * cos(phi) * sin(lambda), n * (1 - eccentricitySquared) * sin(phi))
    }

    /// East and North metres of each (lat, lon) relative to the origin, on the origin's tangent plane.
    public static func project(latitude: [Double], longitude: [Double], originLatitude: Double,
                               originLongitude: Double) -> (east: [Double], north: [Double]) {
        let o = ecef(latitude: originLatitude, longitude: originLongitude)
        let phi = originLatitude * .pi / 180, lambda = originLongitude * .pi / 180
        let sinPhi = sin(phi), cosPhi = cos(phi), sinLambda = sin(lambda), cosLambda = cos(lambda)
        let count = min(latitude.count, longitude.count)
        var east = [Double](repeating: 0, count: count), north = east
        for i in 0..<count {
            let p = ecef(latitude: latitude[i], longitude: longitude[i])
            let dx = p.x - o.x, dy = p.y - o.y, dz = p.z - o.z
            east[i] = -sinLambda * dx + cosLambda * dy
            north[i] = -sinPhi * cosLambda * dx - sinPhi * sinLambda * dy + cosPhi * dz
        }
        return (east, north)
    }
}

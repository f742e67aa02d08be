import Foundation

/// Channels computed from GPS when a file lacks them (no-IMU exports, no bearing).
public enum DerivedChannels {
    /// Smoothing of the derived lateral g (s): GPS course is noisy, so a little more than RaceChrono's ~0.2 s.
    public static let lateralSmoothingS = 0.5
    /// Smoothing of the derived longitudinal g (s).
    public static let longitudinalSmoothingS = 0.3

    /// Lateral and longitudinal g from speed (m/s) and heading (deg, clockwise):
    /// longitudinal = dv/dt / g, lateral = v·dψ/dt / g (ψ unwrapped, radians), positive for
    /// right-hand turns; central differences, then a centred moving average.
    public static func accelerations(time t: [Double], speed v: [Double], heading: [Double])
        -> (lateral: [Double], longitudinal: [Double]) {
        let n = t.count
        guard n >= 2 else { return ([Double](repeating: 0, count: n), [Double](repeating: 0, count: n)) }
        // Missing headings hold the previous value (0 before the first one).
        var filled = heading
        var last = heading.first(where: \.isFinite) ?? 0
        for i in 0..<n { if filled[i].isFinite { last = filled[i] } else { filled[i] = last } }
        let psi = Numerics.unwrapDegrees(filled).map { $0 * .pi / 180 }
        var lat = [Double](repeating: 0, count: n), lon = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let a = max(0, i - 1), b = min(n - 1, i + 1)
            let dt = t[b] - t[a]
            guard dt > 0 else { continue }
            lon[i] = (v[b] - v[a]) / dt / AnalysisConstants.gravity
            lat[i] = v[i] * (psi[b] - psi[a]) / dt / AnalysisConstants.gravity
        }
        let dt = typicalInterval(t)
        return (Numerics.centredMovingAverage(lat, window: window(lateralSmoothingS, dt)),
                Numerics.centredMovingAverage(lon, window: window(longitudinalSmoothingS, dt)))
    }

    /// Course over ground (deg clockwise from north, [0, 360)) from the positions before and
    /// after each row; held while the car moves less than 0.3 m between them (0 before it first moves).
    public static func headingFromPositions(latitude: [Double], longitude: [Double]) -> [Double] {
        let n = latitude.count
        guard n >= 2 else { return [Double](repeating: 0, count: n) }
        let k = Geo.metersPerDegree
        let cosLat = cos(latitude[0] * .pi / 180)
        var out = [Double](repeating: 0, count: n)
        var last = 0.0
        for i in 0..<n {
            let a = max(0, i - 1), b = min(n - 1, i + 1)
            let dx = (longitude[b] - longitude[a]) * cosLat * k
            let dy = (latitude[b] - latitude[a]) * k
            if dx * dx + dy * dy > 0.09 { last = Numerics.mod360(atan2(dx, dy) * 180 / .pi) }
            out[i] = last
        }
        return out
    }

    /// Median of the first (up to 2000) positive time steps.
    static func typicalInterval(_ t: [Double]) -> Double {
        var steps: [Double] = []
        var i = 1
        while i < t.count && steps.count < 2000 {
            let d = t[i] - t[i - 1]
            if d > 0 { steps.append(d) }
            i += 1
        }
        return Numerics.median(steps) ?? 0.04
    }

    /// Odd number of samples covering `seconds` at step `dt`.
    static func window(_ seconds: Double, _ dt: Double) -> Int {
        let w = Numerics.clampedInt(seconds / max(dt, 1e-6), 1...1_000_001, rounding: .toNearestOrAwayFromZero)
        return w % 2 == 1 ? w : w + 1
    }
}

/// Local flat-earth geometry around a reference point.
public enum Geo {
    /// Metres per degree of latitude used for local projections (as in analysis.md §8.6).
    public static let metersPerDegree = 111_320.0
}

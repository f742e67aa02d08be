import Foundation

/// The start/finish gate, estimated from where RaceChrono's lap number changes (it changes on
/// the first row after each crossing): the centre is the mean of the midpoints between the
/// two rows around each change (changes more than 50 m from the median midpoint ignored), the
/// direction of travel the mean of the unit vectors from the row before to the row after
/// (mean bearing as a fallback); the gate line is perpendicular to it through the centre.
public struct StartFinishGate: Sendable, Equatable, Codable {
    /// Gate centre latitude (deg).
    public var centerLatitude: Double
    /// Gate centre longitude (deg).
    public var centerLongitude: Double
    /// Direction of travel through the gate, degrees clockwise from north, [0, 360).
    public var directionDeg: Double
    /// Number of lap-number changes the estimate is based on.
    public var changesUsed: Int

    enum CodingKeys: String, CodingKey {
        case centerLatitude = "center_lat", centerLongitude = "center_lon"
        case directionDeg = "direction_deg", changesUsed = "changes_used"
    }

    /// Position relative to the gate in metres: `along` the direction of travel (negative
    /// before the line) and `across` it (positive to the right).
    public func offset(latitude: Double, longitude: Double) -> (along: Double, across: Double) {
        let k = Geo.metersPerDegree
        let x = (longitude - centerLongitude) * cos(centerLatitude * .pi / 180) * k
        let y = (latitude - centerLatitude) * k
        let ux = sin(directionDeg * .pi / 180), uy = cos(directionDeg * .pi / 180)
        return (x * ux + y * uy, x * uy - y * ux)
    }
}

/// One interpolated start/finish crossing between rows `rowAfter − 1` and `rowAfter`.
public struct GateCrossing: Sendable, Equatable {
    /// Index (in the filtered channels) of the first row after the crossing.
    public var rowAfter: Int
    /// Where between the two rows the line was crossed: 0 = row `rowAfter − 1`, 1 = `rowAfter`.
    public var fraction: Double
    /// Interpolated elapsed time of the crossing (s).
    public var elapsedTime: Double
    /// Interpolated cumulative distance at the crossing (m).
    public var distance: Double
    /// `false` when no sign change of the gate offset was found near the lap-number change;
    /// the crossing then sits half way between the two rows around the change.
    public var isInterpolated: Bool
}

/// Gate estimation and crossing interpolation.
public enum GateCrossingFinder {
    /// Lap-number changes whose midpoint lies further than this from the median midpoint
    /// are ignored when estimating the gate (m).
    static let outlierRadiusM = 50.0
    /// A crossing is searched this many rows around the lap-number change …
    static let searchRows = 8
    /// … and within this time of it (s).
    static let searchSeconds = 1.0
    /// Crossings further than this from the gate centre, across the track, are ignored (m).
    static let maxAcrossM = 50.0

    /// Estimates the gate from the rows `change − 1`, `change` around each lap-number change;
    /// `nil` without usable changes.
    public static func estimateGate(_ ch: TelemetryChannels, changes: [Int]) -> StartFinishGate? {
        let usable = changes.filter { $0 >= 1 && $0 < ch.count }
        guard !usable.isEmpty else { return nil }
        let midLat = usable.map { (ch.latitude[$0 - 1] + ch.latitude[$0]) / 2 }
        let midLon = usable.map { (ch.longitude[$0 - 1] + ch.longitude[$0]) / 2 }
        guard let refLat = Numerics.median(midLat), let refLon = Numerics.median(midLon) else { return nil }
        let k = Geo.metersPerDegree
        let cosLat = cos(refLat * .pi / 180)
        var sumLat = 0.0, sumLon = 0.0, ux = 0.0, uy = 0.0, used = 0
        var headingX = 0.0, headingY = 0.0
        for (n, j) in usable.enumerated() {
            let dxRef = (midLon[n] - refLon) * cosLat * k, dyRef = (midLat[n] - refLat) * k
            guard dxRef * dxRef + dyRef * dyRef <= outlierRadiusM * outlierRadiusM else { continue }
            sumLat += midLat[n]
            sumLon += midLon[n]
            used += 1
            let dx = (ch.longitude[j] - ch.longitude[j - 1]) * cosLat * k
            let dy = (ch.latitude[j] - ch.latitude[j - 1]) * k
            let len = (dx * dx + dy * dy).squareRoot()
            if len > 0.05 { ux += dx / len; uy += dy / len }
            let h = ch.heading[j]
            if h.isFinite { headingX += sin(h * .pi / 180); headingY += cos(h * .pi / 180) }
        }
        guard used > 0 else { return nil }
        var direction: Double
        if ux * ux + uy * uy > 1e-12 {
            direction = atan2(ux, uy) * 180 / .pi
        } else if headingX * headingX + headingY * headingY > 1e-12 {
            direction = atan2(headingX, headingY) * 180 / .pi
        } else {
            return nil
        }
        direction = Numerics.mod360(direction)
        return StartFinishGate(centerLatitude: sumLat / Double(used), centerLongitude: sumLon / Double(used),
                               directionDeg: direction, changesUsed: used)
    }

    /// The crossing of `gate` nearest to the lap-number change at row `change` (≥ 1): the pair
    /// of consecutive rows whose gate offset goes from negative to non-negative, linearly
    /// interpolated. Falls back to the midpoint of rows `change − 1`, `change`.
    public static func crossing(near change: Int, gate: StartFinishGate?, _ ch: TelemetryChannels) -> GateCrossing {
        let t = ch.elapsedTime, d = ch.distance
        if let gate {
            let lo = max(1, change - searchRows), hi = min(ch.count - 1, change + searchRows)
            var best: (row: Int, f: Double)? = nil
            var prev = gate.offset(latitude: ch.latitude[lo - 1], longitude: ch.longitude[lo - 1])
            for i in lo...hi {
                let cur = gate.offset(latitude: ch.latitude[i], longitude: ch.longitude[i])
                defer { prev = cur }
                guard prev.along < 0 && cur.along >= 0,
                      abs(t[i] - t[change]) <= searchSeconds || i == change else { continue }
                let f = prev.along / (prev.along - cur.along)
                let across = prev.across + f * (cur.across - prev.across)
                guard abs(across) <= maxAcrossM else { continue }
                if best == nil || abs(i - change) < abs(best!.row - change) { best = (i, f) }
            }
            if let (i, f) = best {
                return GateCrossing(rowAfter: i, fraction: f,
                                    elapsedTime: t[i - 1] + f * (t[i] - t[i - 1]),
                                    distance: d[i - 1] + f * (d[i] - d[i - 1]), isInterpolated: true)
            }
        }
        return GateCrossing(rowAfter: change, fraction: 0.5,
                            elapsedTime: (t[change - 1] + t[change]) / 2,
                            distance: (d[change - 1] + d[change]) / 2, isInterpolated: false)
    }
}

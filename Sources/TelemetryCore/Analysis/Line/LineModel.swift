/// The traces and reference line of client-extras.md §8.1: every coaching lap's smoothed East/North path, the
/// per-index median reference over the shortest trace length L, and each lap's signed offsets from it.
public struct LineModel: Sendable {
    /// One lap's path on its distance grid; `offsets` covers its first L points (positive = left of the reference).
    public struct Trace: Sendable {
        public var lap: LineLapInput
        public var east: [Double]
        public var north: [Double]
        public var offsets: [Double]
    }

    public var traces: [Trace]
    public var referenceEast: [Double]
    public var referenceNorth: [Double]
    /// Reference length L.
    public var length: Int { referenceEast.count }

    /// GPS grades good enough for a line analysis.
    public static let usableGrades: Set<String> = ["A", "B"]
    /// Fewest coaching laps that make a reference.
    public static let minimumLaps = 3
    /// Savitzky–Golay window (samples) and polynomial order.
    public static let smoothingWindow = 21, smoothingOrder = 3

    /// The model of the coaching laps (ascending); nil below the preconditions or when a position is not finite.
    public static func build(laps: [LineLapInput], gpsGrade: String) -> LineModel? {
        guard usableGrades.contains(gpsGrade), laps.count >= minimumLaps else { return nil }
        let sorted = laps.sorted { $0.lapNumber < $1.lapNumber }
        guard let first = sorted.first, let lat0 = first.latitude.first, let lon0 = first.longitude.first else { return nil }
        var paths: [(LineLapInput, [Double], [Double])] = []
        for lap in sorted {
            let n = min(lap.distance.count, lap.latitude.count, lap.longitude.count, lap.speed.count, lap.time.count)
            guard n >= 3 else { return nil }
            let enu = GeodeticENU.project(latitude: Array(lap.latitude.prefix(n)), longitude: Array(lap.longitude.prefix(n)),
                                          originLatitude: lat0, originLongitude: lon0)
            let e = SavitzkyGolay.smooth(enu.east, window: smoothingWindow, order: smoothingOrder)
            let nn = SavitzkyGolay.smooth(enu.north, window: smoothingWindow, order: smoothingOrder)
            guard e.allSatisfy(\.isFinite), nn.allSatisfy(\.isFinite) else { return nil }
            var trimmed = lap
            if lap.distance.count != n { trimmed.distance = Array(lap.distance.prefix(n)) }
            if lap.time.count != n { trimmed.time = Array(lap.time.prefix(n)) }
            if lap.speed.count != n { trimmed.speed = Array(lap.speed.prefix(n)) }
            paths.append((trimmed, e, nn))
        }
        let l = paths.map { $0.1.count }.min() ?? 0
        var refE = [Double](repeating: 0, count: l), refN = refE
        for i in 0..<l {
            refE[i] = Numerics.median(paths.map { $0.1[i] }) ?? 0
            refN[i] = Numerics.median(paths.map { $0.2[i] }) ?? 0
        }
        let index = NearestPointIndex(xs: refE, ys: refN)
        let traces = paths.map { path in
            let (lap, e, n) = path
            return Trace(lap: lap, east: e, north: n,
                  offsets: offsets(east: Array(e.prefix(l)), north: Array(n.prefix(l)), refE: refE, refN: refN, index: index))
        }
        return LineModel(traces: traces, referenceEast: refE, referenceNorth: refN)
    }

    /// Signed distance of each point to its nearest reference point (§8.1 step 4).
    static func offsets(east: [Double], north: [Double], refE: [Double], refN: [Double], index: NearestPointIndex) -> [Double] {
        let l = refE.count
        return zip(east, north).map { pe, pn in
            guard let hit = index.nearest(pe, pn) else { return 0 }
            let j = hit.index, dist = hit.distance
            let jj = min(max(j, 1), l - 2)
            let tE = refE[jj + 1] - refE[jj - 1], tN = refN[jj + 1] - refN[jj - 1]
            let cross = tE * (pn - refN[j]) - tN * (pe - refE[j])
            return cross >= 0 ? dist : -dist
        }
    }

    /// The same offsets with a brute-force nearest search (for tests of the bucketed search).
    static func offsetsBruteForce(east: [Double], north: [Double], refE: [Double], refN: [Double]) -> [Double] {
        let l = refE.count
        return zip(east, north).map { pe, pn in
            var j = 0, best = Double.infinity
            for k in 0..<l {
                let d = (refE[k] - pe) * (refE[k] - pe) + (refN[k] - pn) * (refN[k] - pn)
                if d < best { best = d; j = k }
            }
            let jj = min(max(j, 1), l - 2)
            let tE = refE[jj + 1] - refE[jj - 1], tN = refN[jj + 1] - refN[jj - 1]
            let cross = tE * (pn - refN[j]) - tN * (pe - refE[j])
            return cross >= 0 ? best.squareRoot() : -best.squareRoot()
        }
    }
}

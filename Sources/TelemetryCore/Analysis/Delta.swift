import Foundation

/// Time lost/gained in one corner (delta change between its entry and exit), with each lap's minimum speed there.
public struct CornerDelta: Sendable, Codable, Equatable {
    public var cornerNumber: Int
    @FiniteNumber public var deltaS: Double
    /// The reference lap's minimum speed between the corner's entry and exit (mph, 2 dp).
    @OptionalNumber public var refMinSpeedMph: Double?
    /// The comparison lap's minimum speed over the same stretch of its (length-matched) distance (mph, 2 dp).
    @OptionalNumber public var compMinSpeedMph: Double?
    enum CodingKeys: String, CodingKey {
        case cornerNumber = "corner_number", deltaS = "delta_s", refMinSpeedMph = "ref_min_speed_mph", compMinSpeedMph = "comp_min_speed_mph"
    }

    public init(cornerNumber: Int, deltaS: Double, refMinSpeedMph: Double? = nil, compMinSpeedMph: Double? = nil) {
        self.cornerNumber = cornerNumber
        self.deltaS = deltaS
        self.refMinSpeedMph = refMinSpeedMph
        self.compMinSpeedMph = compMinSpeedMph
    }
}

/// `GET /api/sessions/{sid}/delta?ref=&comp=` (analysis.md §6, both shapes: flat fields and
/// the public reference's `data` object with `corner_deltas`).
public struct DeltaResponse: Sendable, Codable {
    public var sessionID: String
    public var refLap: Int
    public var compLap: Int
    @NumberList public var distanceM: [Double]
    @NumberList public var deltaS: [Double]
    @FiniteNumber public var totalDeltaS: Double
    public var cornerDeltas: [CornerDelta]

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", refLap = "ref_lap", compLap = "comp_lap", distanceM = "distance_m"
        case deltaS = "delta_s", totalDeltaS = "total_delta_s", cornerDeltas = "corner_deltas", data
    }
    struct Payload: Encodable {
        @NumberList var distanceM: [Double]
        @NumberList var deltaS: [Double]
        @FiniteNumber var totalDeltaS: Double
        var cornerDeltas: [CornerDelta]
        enum CodingKeys: String, CodingKey {
            case distanceM = "distance_m", deltaS = "delta_s", totalDeltaS = "total_delta_s", cornerDeltas = "corner_deltas"
        }
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sessionID, forKey: .sessionID)
        try c.encode(refLap, forKey: .refLap)
        try c.encode(compLap, forKey: .compLap)
        try c.encode(_distanceM, forKey: .distanceM)
        try c.encode(_deltaS, forKey: .deltaS)
        try c.encode(_totalDeltaS, forKey: .totalDeltaS)
        try c.encode(cornerDeltas, forKey: .cornerDeltas)
        try c.encode(Payload(distanceM: distanceM, deltaS: deltaS, totalDeltaS: totalDeltaS, cornerDeltas: cornerDeltas),
                     forKey: .data)
    }
}

extension DeltaResponse {
    /// Reads the flat fields back (`data` repeats them).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sessionID = try c.decode(String.self, forKey: .sessionID)
        refLap = try c.decode(Int.self, forKey: .refLap)
        compLap = try c.decode(Int.self, forKey: .compLap)
        _distanceM = try c.decode(NumberList.self, forKey: .distanceM)
        _deltaS = try c.decode(NumberList.self, forKey: .deltaS)
        _totalDeltaS = try c.decode(FiniteNumber.self, forKey: .totalDeltaS)
        cornerDeltas = try c.decode([CornerDelta].self, forKey: .cornerDeltas)
    }
}

/// Delta-time between two laps (analysis.md §6).
public enum DeltaAnalysis {
    /// Delta of `comp` against `ref` on ref's grid up to the shorter lap's end; positive =
    /// the comparison lap is behind. Corner deltas over `corners` (best-lap corners).
    ///
    /// (rec) `refEnd` / `compEnd` are the laps' closing crossings (distance, lap time); they
    /// are added as the last knot, and the comparison lap's distance is scaled to the
    /// reference lap's length (driven lines differ by up to ~0.4 %, ±10 m ≈ 0.2 s), so
    /// `total_delta_s` is the lap-time difference. Without the crossings the spec's rule
    /// (common distance, no scaling) applies.
    public static func compute(ref: ResampledLap, comp: ResampledLap,
                               refEnd: (distance: Double, time: Double)? = nil,
                               compEnd: (distance: Double, time: Double)? = nil,
                               corners: [Corner]) -> (distance: [Double], delta: [Double], total: Double, corners: [CornerDelta]) {
        let refD = ref.distanceArray, compD = comp.distanceArray
        var refT = ref.lapTime, compT = comp.lapTime
        var refX = refD, compX = compD
        if let e = refEnd, let last = refD.last, e.distance > last { refX.append(e.distance); refT.append(e.time) }
        if let e = compEnd, let last = compD.last, e.distance > last { compX.append(e.distance); compT.append(e.time) }
        if let r = refEnd, let c = compEnd, r.distance > 0, c.distance > 0, r.distance != c.distance {
            let k = r.distance / c.distance
            for i in compX.indices { compX[i] *= k }
        }
        guard !refX.isEmpty, !compX.isEmpty else { return ([], [], 0, []) }
        let common = min(refX.last!, compX.last!)
        var grid = Array(refD.prefix { $0 <= common })
        if let last = grid.last, common > last + 1e-9, refEnd != nil, compEnd != nil { grid.append(common) }
        let compAt = Numerics.interpCSorted(grid, compX, compT)
        let refAt = Numerics.interpCSorted(grid, refX, refT)
        var delta = [Double](repeating: 0, count: grid.count)
        for i in grid.indices { delta[i] = compAt[i] - refAt[i] }
        let total = Numerics.round(delta.last ?? 0, 3)
        var cd: [CornerDelta] = []
        for c in corners {
            let e = Numerics.firstIndexAtLeast(grid, c.entryDistanceM), x = Numerics.firstIndexAtLeast(grid, c.exitDistanceM)
            guard e < grid.count, x < grid.count else { continue }
            cd.append(CornerDelta(cornerNumber: c.number, deltaS: Numerics.round(delta[x] - delta[e], 3),
                                  refMinSpeedMph: minSpeedMph(refD, ref.speed, from: c.entryDistanceM, to: c.exitDistanceM),
                                  compMinSpeedMph: minSpeedMph(compX, comp.speed, from: c.entryDistanceM, to: c.exitDistanceM)))
        }
        return (grid, delta, total, cd)
    }

    /// The lowest speed (mph, 2 dp) at grid points from `entry` to `exit` of a lap's `distance`; nil when none lies there.
    static func minSpeedMph(_ distance: [Double], _ speed: [Double], from entry: Double, to exit: Double) -> Double? {
        var lowest = Double.infinity
        var i = Numerics.firstIndexAtLeast(distance, entry)
        while i < min(distance.count, speed.count), distance[i] <= exit {
            lowest = min(lowest, speed[i])
            i += 1
        }
        return lowest.isFinite ? Numerics.round(lowest * AnalysisConstants.mpsToMph, 2) : nil
    }
}

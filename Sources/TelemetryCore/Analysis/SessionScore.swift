import Foundation

/// Composite session score (analysis.md §9.2).
public struct SessionScore: Sendable, Encodable, Equatable {
    /// Weighted mean of the components present; `nil` if none.
    @OptionalNumber public var total: Double?
    @OptionalNumber public var consistency: Double?
    @OptionalNumber public var pace: Double?
    @OptionalNumber public var technique: Double?
    /// Pace reference used (ideal-lap time or snapshot optimal), when valid.
    @OptionalNumber public var optimalLapTimeS: Double?
    enum CodingKeys: String, CodingKey {
        case total, consistency, pace, technique, optimalLapTimeS = "optimal_lap_time_s"
    }

    /// Grades of a coaching report's corners (braking, trail_braking, min_speed, throttle strings).
    public struct CornerGrades: Sendable, Equatable {
        public var braking: String?
        public var trailBraking: String?
        public var minSpeed: String?
        public var throttle: String?
        public init(braking: String?, trailBraking: String?, minSpeed: String?, throttle: String?) {
            self.braking = braking
            self.trailBraking = trailBraking
            self.minSpeed = minSpeed
            self.throttle = throttle
        }
    }

    /// Components: `lapConsistencyScore` only when the §5 result exists (≥ 2 coaching laps);
    /// `idealLapTime` (≥ 2 coaching laps) else `snapshotOptimal`; `grades` from a coaching report.
    public static func compute(lapConsistencyScore: Double?, bestLapTime: Double, idealLapTime: Double?,
                               snapshotOptimal: Double?, grades: [CornerGrades]?) -> SessionScore {
        var parts: [(Double, Double)] = []
        var consistency: Double? = nil
        if let c = lapConsistencyScore, c.isFinite {
            consistency = c <= 1 ? c * 100 : c
            parts.append((consistency!, 0.4))
        }
        var pace: Double? = nil, optimal: Double? = nil
        let ref = idealLapTime ?? snapshotOptimal
        if bestLapTime > 0, let ref, ref.isFinite, ref > 0, ref <= bestLapTime + 0.5 {
            let gap = 1 - ref / bestLapTime
            pace = min(100, max(0, 100 - 500 * gap))
            optimal = ref
            parts.append((pace!, 0.3))
        }
        var technique: Double? = nil
        if let grades {
            let map: [Character: Double] = ["A": 100, "B": 80, "C": 60, "D": 40, "F": 20]
            var values: [Double] = []
            for g in grades {
                for s in [g.braking, g.trailBraking, g.minSpeed, g.throttle] {
                    if let c = s?.trimmingCharacters(in: .whitespaces).first, let v = map[c] { values.append(v) }
                }
            }
            if let m = Numerics.mean(values) { technique = m; parts.append((m, 0.3)) }
        }
        let wsum = parts.map(\.1).reduce(0, +)
        let total = wsum > 0 ? parts.map { $0.0 * $0.1 }.reduce(0, +) / wsum : nil
        return SessionScore(total: total, consistency: consistency, pace: pace, technique: technique, optimalLapTimeS: optimal)
    }
}

import Foundation

/// Corner consistency of one corner number (analysis.md §5.2).
public struct CornerConsistency: Sendable, Encodable, Equatable {
    public var cornerNumber: Int
    @FiniteNumber public var minSpeedStdMph: Double
    @FiniteNumber public var minSpeedRangeMph: Double
    @OptionalNumber public var brakePointStdM: Double?
    @OptionalNumber public var throttleCommitStdM: Double?
    @FiniteNumber public var consistencyScore: Double
    public var lapNumbers: [Int]
    @NumberList public var minSpeedsMph: [Double]
    public var hasSufficientData: Bool
    public var sampleCount: Int

    enum CodingKeys: String, CodingKey {
        case cornerNumber = "corner_number", minSpeedStdMph = "min_speed_std_mph"
        case minSpeedRangeMph = "min_speed_range_mph", brakePointStdM = "brake_point_std_m"
        case throttleCommitStdM = "throttle_commit_std_m", consistencyScore = "consistency_score"
        case lapNumbers = "lap_numbers", minSpeedsMph = "min_speeds_mph"
        case hasSufficientData = "has_sufficient_data", sampleCount = "sample_count"
    }
}

/// Speed spread along the lap (analysis.md §5.3).
public struct TrackPositionConsistency: Sendable, Encodable {
    @NumberList public var distanceM: [Double]
    @NumberList public var speedStdMph: [Double]
    @NumberList public var speedMeanMph: [Double]
    @NumberList public var speedMedianMph: [Double]
    public var nLaps: Int
    @NumberList public var lat: [Double]
    @NumberList public var lon: [Double]

    enum CodingKeys: String, CodingKey {
        case distanceM = "distance_m", speedStdMph = "speed_std_mph", speedMeanMph = "speed_mean_mph"
        case speedMedianMph = "speed_median_mph", nLaps = "n_laps", lat, lon
    }
}

/// `GET /api/sessions/{sid}/consistency` (analysis.md §5.4).
public struct ConsistencyResponse: Sendable, Encodable {
    public var sessionID: String
    public var data: Data

    /// The `data` object.
    public struct Data: Sendable, Encodable {
        public var lapConsistency: LapConsistency
        public var cornerConsistency: [CornerConsistency]
        public var trackPosition: TrackPositionConsistency
        enum CodingKeys: String, CodingKey {
            case lapConsistency = "lap_consistency", cornerConsistency = "corner_consistency"
            case trackPosition = "track_position"
        }
    }
    enum CodingKeys: String, CodingKey { case sessionID = "session_id", data }
}

/// Consistency analyses (analysis.md §5).
public enum ConsistencyAnalysis {
    /// §5.2 over `cornersByLap` (non-anomalous laps only), corner numbers 1 … max present.
    public static func corners(_ cornersByLap: [Int: [Corner]]) -> [CornerConsistency] {
        let laps = cornersByLap.keys.sorted()
        let maxNumber = cornersByLap.values.flatMap { $0.map(\.number) }.max() ?? 0
        guard maxNumber >= 1 else { return [] }
        var out: [CornerConsistency] = []
        for c in 1...maxNumber {
            var lapNumbers: [Int] = [], speeds: [Double] = [], brakes: [Double] = [], throttles: [Double] = []
            for lap in laps {
                guard let corner = cornersByLap[lap]?.first(where: { $0.number == c }) else { continue }
                lapNumbers.append(lap)
                speeds.append(corner.minSpeedMps * AnalysisConstants.mpsToMph)
                if let b = corner.brakePointM { brakes.append(b) }
                if let t = corner.throttleCommitM { throttles.append(t) }
            }
            guard speeds.count >= 2 else {
                out.append(CornerConsistency(cornerNumber: c, minSpeedStdMph: 0, minSpeedRangeMph: 0, brakePointStdM: nil,
                                             throttleCommitStdM: nil, consistencyScore: 100, lapNumbers: lapNumbers,
                                             minSpeedsMph: speeds, hasSufficientData: false, sampleCount: speeds.count))
                continue
            }
            let speedStd = Numerics.std(speeds)!
            let brakeStd = Numerics.std(brakes), throttleStd = Numerics.std(throttles)
            let speedScore = 100 * exp(-0.3 * speedStd)
            let brakeScore = brakeStd.map { 100 * exp(-0.05 * $0) } ?? 100
            let throttleScore = throttleStd.map { 100 * exp(-0.05 * $0) } ?? 100
            let score = Numerics.round(min(100, max(0, 0.5 * speedScore + 0.25 * brakeScore + 0.25 * throttleScore)), 1)
            out.append(CornerConsistency(cornerNumber: c, minSpeedStdMph: speedStd,
                                         minSpeedRangeMph: speeds.max()! - speeds.min()!, brakePointStdM: brakeStd,
                                         throttleCommitStdM: throttleStd, consistencyScore: score,
                                         lapNumbers: lapNumbers, minSpeedsMph: speeds, hasSufficientData: true,
                                         sampleCount: speeds.count))
        }
        return out
    }

    /// §5.3: speed of every given lap (lap-number order) interpolated at the best lap's grid.
    public static func trackPosition(best: ResampledLap, laps: [ResampledLap]) -> TrackPositionConsistency {
        let grid = best.distanceArray
        let n = grid.count
        let k = AnalysisConstants.mpsToMph
        let traces = laps.sorted { $0.lapNumber < $1.lapNumber }.map {
            Numerics.interpCSorted(grid, $0.distanceArray, $0.speed)
        }
        var std = [Double](repeating: 0, count: n), mean = std, median = std
        var column = [Double](repeating: 0, count: traces.count)
        if !traces.isEmpty {
            for i in 0..<n {
                var s = 0.0
                for (j, t) in traces.enumerated() { column[j] = t[i]; s += t[i] }
                let m = s / Double(traces.count)
                var ss = 0.0
                for x in column { ss += (x - m) * (x - m) }
                // Insertion sort: a handful of laps per point.
                for a in 1..<column.count {
                    let x = column[a]
                    var b = a - 1
                    while b >= 0 && column[b] > x { column[b + 1] = column[b]; b -= 1 }
                    column[b + 1] = x
                }
                std[i] = (ss / Double(traces.count)).squareRoot() * k
                mean[i] = m * k
                let c = column.count
                median[i] = (c % 2 == 1 ? column[c / 2] : (column[c / 2 - 1] + column[c / 2]) / 2) * k
            }
        }
        return TrackPositionConsistency(distanceM: grid, speedStdMph: std, speedMeanMph: mean, speedMedianMph: median,
                                        nLaps: traces.count, lat: best.latitude, lon: best.longitude)
    }
}

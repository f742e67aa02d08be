import Foundation

/// `GET /api/sessions/{sid}/gps-quality` (analysis.md §8.5).
public struct GPSQualityResponse: Sendable, Encodable {
    public var sessionID: String
    public var data: GPSQualityReport
    enum CodingKeys: String, CodingKey { case sessionID = "session_id", data }
}

/// The six-metric GPS quality report.
public struct GPSQualityReport: Sendable, Encodable {
    /// The `accuracy` object of the response JSON (keys in `CodingKeys`).
    public struct Accuracy: Sendable, Encodable {
        @FiniteNumber public var p50: Double
        @FiniteNumber public var p90: Double
        @FiniteNumber public var score: Double
    }
    /// The `satellites` object of the response JSON (keys in `CodingKeys`).
    public struct Satellites: Sendable, Encodable {
        @FiniteNumber public var p10: Double
        @FiniteNumber public var p50: Double
        @FiniteNumber public var score: Double
    }
    /// `lap_distance_cv`: lap-length spread of the response JSON.
    public struct LapDistanceCV: Sendable, Encodable {
        @FiniteNumber public var cvPercent: Double
        @FiniteNumber public var score: Double
        public var nLaps: Int
        enum CodingKeys: String, CodingKey { case cvPercent = "cv_percent", score, nLaps = "n_laps" }
    }
    /// The `speed_spikes` object of the response JSON (keys in `CodingKeys`).
    public struct SpeedSpikes: Sendable, Encodable {
        @FiniteNumber public var spikesPerKm: Double
        public var totalSpikes: Int
        @FiniteNumber public var totalDistanceKm: Double
        @FiniteNumber public var score: Double
        enum CodingKeys: String, CodingKey {
            case spikesPerKm = "spikes_per_km", totalSpikes = "total_spikes", totalDistanceKm = "total_distance_km", score
        }
    }
    /// The `heading_jitter` object of the response JSON (keys in `CodingKeys`).
    public struct HeadingJitter: Sendable, Encodable {
        @FiniteNumber public var jitterStd: Double
        @FiniteNumber public var straightFraction: Double
        @FiniteNumber public var score: Double
        enum CodingKeys: String, CodingKey { case jitterStd = "jitter_std", straightFraction = "straight_fraction", score }
    }
    /// The `lateral_scatter` object of the response JSON (keys in `CodingKeys`).
    public struct LateralScatter: Sendable, Encodable {
        @FiniteNumber public var scatterP90: Double
        @FiniteNumber public var score: Double
        enum CodingKeys: String, CodingKey { case scatterP90 = "scatter_p90", score }
    }
    @FiniteNumber public var overallScore: Double
    public var grade: String
    public var isUsable: Bool
    public var accuracy: Accuracy
    public var satellites: Satellites
    @Nullable public var lapDistanceCV: LapDistanceCV?
    public var speedSpikes: SpeedSpikes
    @Nullable public var headingJitter: HeadingJitter?
    public var lateralScatter: LateralScatter
    public var metricWeights: [String: FiniteNumber]
    /// Rows dropped at ingest as physically impossible, by reason (not part of the score).
    public var implausibleRows: ImplausibleRows
    enum CodingKeys: String, CodingKey {
        case overallScore = "overall_score", grade, isUsable = "is_usable", accuracy, satellites
        case lapDistanceCV = "lap_distance_cv", speedSpikes = "speed_spikes", headingJitter = "heading_jitter"
        case lateralScatter = "lateral_scatter", metricWeights = "metric_weights", implausibleRows = "implausible_rows"
    }
}

extension GPSQualityReport.Accuracy: Equatable {}
extension GPSQualityReport.Satellites: Equatable {}
extension GPSQualityReport.LapDistanceCV: Equatable {}
extension GPSQualityReport.HeadingJitter: Equatable {}

/// GPS quality assessment (analysis.md §8.5).
public enum GPSQuality {
    /// Piecewise-linear score over (value, score) breakpoints.
    static func score(_ x: Double, _ bp: [(Double, Double)]) -> Double {
        if x <= bp[0].0 { return bp[0].1 }
        if x >= bp[bp.count - 1].0 { return bp[bp.count - 1].1 }
        for i in 1..<bp.count where x <= bp[i].0 {
            let (x0, y0) = bp[i - 1], (x1, y1) = bp[i]
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
        }
        return bp[bp.count - 1].1
    }

    /// Two percentiles (§1.2) of the finite values when they are all integers in 0…255 (satellite
    /// counts), from a histogram: the same numbers as sorting, in one pass. `nil` otherwise.
    static func integerPercentiles(_ xs: [Double], _ p: Double, _ q: Double) -> (Double, Double)? {
        var hist = [Int](repeating: 0, count: 256)
        var n = 0
        for x in xs where x.isFinite {
            guard x >= 0, x < 256, x == x.rounded(.towardZero) else { return nil }
            hist[Numerics.clampedInt(x, 0...255)] += 1
            n += 1
        }
        guard n > 0 else { return nil }
        func orderStatistic(_ k: Int) -> Double {
            var seen = 0
            for v in 0..<256 { seen += hist[v]; if seen > k { return Double(v) } }
            return 255
        }
        func percentile(_ p: Double) -> Double {
            let rank = p / 100 * Double(n - 1)
            let lo = Numerics.clampedInt(rank, 0...(n - 1), rounding: .down)
            let hi = Numerics.clampedInt(rank, 0...(n - 1), rounding: .up)
            let a = orderStatistic(lo), b = orderStatistic(hi)
            return a + (b - a) * (rank - Double(lo))
        }
        return (percentile(p), percentile(q))
    }

    /// Letter grade of an overall score.
    public static func grade(_ s: Double) -> String { s >= 90 ? "A" : s >= 75 ? "B" : s >= 60 ? "C" : s >= 40 ? "D" : "F" }

    /// Report for `session`. Q = resampled laps − anomalous (in/out laps are not resampled
    /// here); all laps if that is empty.
    public static func assess(_ session: ProcessedSession) -> GPSQualityReport {
        let r1 = { (x: Double) in Numerics.round(x, 1) }
        // Accuracy.
        var acc = session.raw.accuracy.filter(\.isFinite)
        let accuracy: GPSQualityReport.Accuracy
        if acc.isEmpty {
            accuracy = .init(p50: 0, p90: 0, score: 100)
        } else {
            let p50 = Numerics.percentileSelect(&acc, 50), p90 = Numerics.percentileSelect(&acc, 90)
            accuracy = .init(p50: Numerics.round(p50, 3), p90: Numerics.round(p90, 3),
                             score: r1(score(p90, [(0.5, 100), (1.0, 80), (1.5, 50), (2.0, 10)])))
        }
        let satellites: GPSQualityReport.Satellites
        if let (p10, p50) = integerPercentiles(session.raw.satellites, 10, 50) {
            satellites = .init(p10: Numerics.round(p10, 1), p50: Numerics.round(p50, 1),
                               score: r1(score(p10, [(6, 20), (8, 60), (10, 80), (15, 100)])))
        } else if session.raw.satellites.allSatisfy({ !$0.isFinite }) {
            satellites = .init(p10: 0, p50: 0, score: 0)
        } else {
            var sats = session.raw.satellites.filter(\.isFinite)
            let p10 = Numerics.percentileSelect(&sats, 10), p50 = Numerics.percentileSelect(&sats, 50)
            satellites = .init(p10: Numerics.round(p10, 1), p50: Numerics.round(p50, 1),
                               score: r1(score(p10, [(6, 20), (8, 60), (10, 80), (15, 100)])))
        }
        // Lap distance CV over non-anomalous summaries.
        let dists = session.lapSummaries.filter { !session.anomalousLaps.contains($0.lapNumber) }.map(\.lapDistanceM)
        var cv: GPSQualityReport.LapDistanceCV? = nil
        if dists.count >= 3, let m = Numerics.mean(dists), m > 0 {
            let c = Numerics.std(dists)! / m * 100
            cv = .init(cvPercent: Numerics.round(c, 3), score: r1(score(c, [(0.5, 100), (1, 80), (2, 50), (4, 10), (6, 0)])),
                       nLaps: dists.count)
        }
        var q = session.lapNumbers.filter { !session.anomalousLaps.contains($0) }
        if q.isEmpty { q = session.lapNumbers }
        let qLaps = q.compactMap { session.laps[$0] }
        // Speed spikes.
        var spikes = 0, km = 0.0
        for lap in qLaps {
            for i in 1..<max(1, lap.count) {
                let dt = lap.lapTime[i] - lap.lapTime[i - 1]
                if dt > 0 && abs((lap.speed[i] - lap.speed[i - 1]) / dt) > 29.43 { spikes += 1 }
            }
            km += lap.lastDistance / 1000
        }
        let perKm = km > 0 ? Double(spikes) / km : 0
        let speedSpikes = GPSQualityReport.SpeedSpikes(
            spikesPerKm: Numerics.round(perKm, 2), totalSpikes: spikes, totalDistanceKm: Numerics.round(km, 3),
            score: r1(score(perKm, [(0, 100), (1, 80), (5, 50), (20, 10), (50, 0)])))
        // Heading jitter on the best lap.
        var jitter: GPSQualityReport.HeadingJitter? = nil
        if let best = session.laps[session.bestLap], best.count >= 20 {
            let h = Numerics.unwrapDegrees(best.heading)
            var rates: [Double] = []
            rates.reserveCapacity(best.count - 1)
            for i in 1..<best.count {
                let dd = best.distance[i] - best.distance[i - 1]
                rates.append(dd > 0 ? abs(h[i] - h[i - 1]) / dd : 0)
            }
            let straight = rates.filter { $0 < 0.5 }
            let frac = Double(straight.count) / Double(rates.count)
            if frac >= 0.15 && straight.count >= 10 {
                let j = Numerics.std(straight)!
                jitter = .init(jitterStd: Numerics.round(j, 4), straightFraction: Numerics.round(frac, 3),
                               score: r1(score(j, [(0.05, 100), (0.15, 80), (0.30, 50), (0.60, 0)])))
            }
        }
        // Lateral scatter across laps Q.
        var scatterP90 = 0.0, scatterScore = 100.0
        if qLaps.count >= 2, let minLen = qLaps.map(\.count).min(), minLen >= 10 {
            var meanLat = [Double](repeating: 0, count: minLen), meanLon = meanLat
            for lap in qLaps { for i in 0..<minLen { meanLat[i] += lap.latitude[i]; meanLon[i] += lap.longitude[i] } }
            let k = Double(qLaps.count)
            for i in 0..<minLen { meanLat[i] /= k; meanLon[i] /= k }
            let cosLat = cos((meanLat.reduce(0, +) / Double(minLen)) * .pi / 180)
            var dev: [Double] = []
            dev.reserveCapacity(minLen * qLaps.count)
            for lap in qLaps {
                for i in 0..<minLen {
                    let a = (lap.latitude[i] - meanLat[i]) * 111_000, b = (lap.longitude[i] - meanLon[i]) * 111_000 * cosLat
                    dev.append((a * a + b * b).squareRoot())
                }
            }
            scatterP90 = Numerics.percentileSelect(&dev, 90)
            scatterScore = r1(score(scatterP90, [(0.3, 100), (0.6, 80), (1.0, 50), (2.0, 0)]))
        }
        // Weights.
        var w: [String: Double] = ["accuracy": 0.30, "satellites": 0.15, "speed_spikes": 0.15, "lateral_scatter": 0.05]
        if cv != nil { w["lap_distance_cv"] = 0.25 } else { w["accuracy"]! += 0.1675; w["satellites"]! += 0.0825 }
        if jitter != nil { w["heading_jitter"] = 0.10 } else { w["accuracy"]! += 0.10 }
        var scores: [String: Double] = ["accuracy": accuracy.score, "satellites": satellites.score,
                                        "speed_spikes": speedSpikes.score, "lateral_scatter": scatterScore]
        if let cv { scores["lap_distance_cv"] = cv.score }
        if let jitter { scores["heading_jitter"] = jitter.score }
        var num = 0.0, den = 0.0
        for k in w.keys.sorted() { let wk = w[k]!; num += (scores[k] ?? 0) * wk; den += wk }
        let overall = Numerics.round(den > 0 ? num / den : 0, 1)
        return GPSQualityReport(overallScore: overall, grade: grade(overall), isUsable: overall >= 40, accuracy: accuracy,
                                satellites: satellites, lapDistanceCV: cv, speedSpikes: speedSpikes, headingJitter: jitter,
                                lateralScatter: .init(scatterP90: Numerics.round(scatterP90, 3), score: scatterScore),
                                metricWeights: w.mapValues { FiniteNumber(wrappedValue: Numerics.round($0, 3)) },
                                implausibleRows: session.counts.implausible)
    }
}

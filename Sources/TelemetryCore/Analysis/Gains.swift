import Foundation

/// One segment's times over the coaching laps (analysis.md §7.2).
public struct SegmentGain: Sendable, Codable {
    public var segment: SegmentDefinition
    @FiniteNumber public var bestTimeS: Double
    @FiniteNumber public var avgTimeS: Double
    @FiniteNumber public var gainS: Double
    public var bestLap: Int
    public var lapTimesS: [String: FiniteNumber]
    enum CodingKeys: String, CodingKey {
        case segment, bestTimeS = "best_time_s", avgTimeS = "avg_time_s", gainS = "gain_s", bestLap = "best_lap"
        case lapTimesS = "lap_times_s"
    }
}

/// `GET /api/sessions/{sid}/gains` (analysis.md §7.2).
public struct GainsResponse: Sendable, Codable {
    public var sessionID: String
    public var data: Gains
    enum CodingKeys: String, CodingKey { case sessionID = "session_id", data }
}

/// The three gain tiers.
public struct Gains: Sendable, Codable {
    public var consistency: ConsistencyTier
    public var composite: CompositeTier
    public var theoretical: TheoreticalTier
    public var cleanLapNumbers: [Int]
    public var bestLapNumber: Int
    @Nullable public var physicsGap: PhysicsGap?

    /// Tier 1 (`consistency`) of the response JSON.
    public struct ConsistencyTier: Sendable, Codable {
        public var segmentGains: [SegmentGain]
        @FiniteNumber public var totalGainS: Double
        @FiniteNumber public var avgLapTimeS: Double
        @FiniteNumber public var bestLapTimeS: Double
        enum CodingKeys: String, CodingKey {
            case segmentGains = "segment_gains", totalGainS = "total_gain_s", avgLapTimeS = "avg_lap_time_s"
            case bestLapTimeS = "best_lap_time_s"
        }
    }
    /// Tier 2 (`composite`) of the response JSON.
    public struct CompositeTier: Sendable, Codable {
        public var segmentGains: [SegmentGain]
        @FiniteNumber public var compositeTimeS: Double
        @FiniteNumber public var bestLapTimeS: Double
        @FiniteNumber public var gainS: Double
        enum CodingKeys: String, CodingKey {
            case segmentGains = "segment_gains", compositeTimeS = "composite_time_s", bestLapTimeS = "best_lap_time_s"
            case gainS = "gain_s"
        }
    }
    /// Tier 3 (`theoretical`) of the response JSON.
    public struct TheoreticalTier: Sendable, Codable {
        @FiniteNumber public var sectorSizeM: Double
        public var nSectors: Int
        @FiniteNumber public var theoreticalTimeS: Double
        @FiniteNumber public var bestLapTimeS: Double
        @FiniteNumber public var gainS: Double
        enum CodingKeys: String, CodingKey {
            case sectorSizeM = "sector_size_m", nSectors = "n_sectors", theoreticalTimeS = "theoretical_time_s"
            case bestLapTimeS = "best_lap_time_s", gainS = "gain_s"
        }
    }
    /// Optional physics gap (always null in the original).
    public struct PhysicsGap: Sendable, Codable, Equatable {
        @FiniteNumber public var optimalLapTimeS: Double
        @FiniteNumber public var compositeTimeS: Double
        @FiniteNumber public var gapS: Double
        enum CodingKeys: String, CodingKey {
            case optimalLapTimeS = "optimal_lap_time_s", compositeTimeS = "composite_time_s", gapS = "gap_s"
        }
    }
    enum CodingKeys: String, CodingKey {
        case consistency, composite, theoretical, cleanLapNumbers = "clean_lap_numbers"
        case bestLapNumber = "best_lap_number", physicsGap = "physics_gap"
    }
}

/// Gains (analysis.md §7.2) over the coaching laps' traces.
public enum GainsAnalysis {
    /// Theoretical-best micro-sector size (m).
    public static let sectorSizeM = 10.0

    /// Per segment: the coaching laps' times (lap → time), laps ascending.
    static func segmentTimes(_ segments: [SegmentDefinition], _ traces: [LapTrace]) -> [[(lap: Int, time: Double)]] {
        segments.map { seg in traces.map { (lap: $0.lapNumber, time: Segments.time(seg, lap: $0)) } }
    }

    /// Segment gains of §7.2 tier 1.
    static func segmentGains(_ segments: [SegmentDefinition], _ traces: [LapTrace]) -> [SegmentGain] {
        zip(segments, segmentTimes(segments, traces)).compactMap { seg, times in
            guard !times.isEmpty else { return nil }
            let best = times.map(\.time).min()!
            let avg = times.map(\.time).reduce(0, +) / Double(times.count)
            let bestLap = times.filter { $0.time == best }.map(\.lap).min()!
            var map: [String: FiniteNumber] = [:]
            for t in times { map[String(t.lap)] = FiniteNumber(wrappedValue: t.time) }
            return SegmentGain(segment: seg, bestTimeS: Numerics.round(best, 4), avgTimeS: Numerics.round(avg, 4),
                               gainS: Numerics.round(avg - best, 4), bestLap: bestLap, lapTimesS: map)
        }
    }

    /// The three tiers. `traces` = coaching laps (ascending); `lapTimes` = their summary times.
    public static func compute(segments: [SegmentDefinition], traces: [LapTrace], lapTimes: [Int: Double],
                               bestLap: Int) -> Gains {
        let b = traces.compactMap { lapTimes[$0.lapNumber] }.min() ?? 0
        let gains = segmentGains(segments, traces)
        // Σ of unrounded gains / bests.
        let times = segmentTimes(segments, traces).filter { !$0.isEmpty }
        let bests = times.map { $0.map(\.time).min()! }
        let avgs = times.map { $0.map(\.time).reduce(0, +) / Double($0.count) }
        let totalGain = zip(avgs, bests).map { $0 - $1 }.reduce(0, +)
        let composite = bests.reduce(0, +)
        let meanLap = Numerics.mean(traces.compactMap { lapTimes[$0.lapNumber] }) ?? 0
        let theo = theoretical(traces, bestLapTime: b)
        return Gains(
            consistency: .init(segmentGains: gains, totalGainS: Numerics.round(totalGain, 4),
                               avgLapTimeS: Numerics.round(meanLap, 4), bestLapTimeS: Numerics.round(b, 4)),
            composite: .init(segmentGains: gains, compositeTimeS: Numerics.round(composite, 4),
                             bestLapTimeS: Numerics.round(b, 4), gainS: Numerics.round(max(0, b - composite), 4)),
            theoretical: theo, cleanLapNumbers: traces.map(\.lapNumber), bestLapNumber: bestLap, physicsGap: nil)
    }

    /// Tier 3: best time of every 10 m micro-sector over the laps.
    static func theoretical(_ traces: [LapTrace], bestLapTime b: Double) -> Gains.TheoreticalTier {
        let lmax = traces.map(\.length).max() ?? 0
        guard lmax >= sectorSizeM else {
            return .init(sectorSizeM: sectorSizeM, nSectors: 0, theoreticalTimeS: b, bestLapTimeS: Numerics.round(b, 4), gainS: 0)
        }
        var bounds: [Double] = []
        var k = 0
        while Double(k) * sectorSizeM < lmax { bounds.append(Double(k) * sectorSizeM); k += 1 }
        if bounds.last! < lmax - 1e-6 { bounds.append(lmax) }
        let nSectors = bounds.count - 1
        var best = [Double](repeating: .infinity, count: nSectors)
        for t in traces {
            let at = Numerics.interpCSorted(bounds, t.distance, t.time)
            for j in 0..<nSectors { best[j] = min(best[j], at[j + 1] - at[j]) }
        }
        let total = best.reduce(0, +)
        return .init(sectorSizeM: sectorSizeM, nSectors: nSectors, theoreticalTimeS: Numerics.round(total, 4),
                     bestLapTimeS: Numerics.round(b, 4), gainS: Numerics.round(max(0, b - total), 4))
    }
}

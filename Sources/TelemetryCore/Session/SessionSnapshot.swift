/// The session-list numbers of analysis.md §9.1 that need no later analysis.
public struct SessionSnapshot: Sendable, Equatable, Codable {
    /// Laps that survived filtering and resampling.
    public var nLaps: Int
    /// Non-anomalous laps.
    public var nCleanLaps: Int
    /// Fastest non-anomalous lap (s), 0 if none.
    public var bestLapTimeS: Double
    /// Mean of the non-anomalous laps (s), 0 if none.
    public var avgLapTimeS: Double
    /// Mean of the (up to) three fastest non-anomalous laps (s), 0 if none.
    public var top3AvgTimeS: Double
    /// Lap consistency score of §5.1 (100.0 with fewer than 2 non-anomalous laps).
    public var consistencyScore: Double

    enum CodingKeys: String, CodingKey {
        case nLaps = "n_laps", nCleanLaps = "n_clean_laps", bestLapTimeS = "best_lap_time_s"
        case avgLapTimeS = "avg_lap_time_s", top3AvgTimeS = "top3_avg_time_s", consistencyScore = "consistency_score"
    }

    /// Snapshot from the lap summaries and the anomalous set.
    public static func make(summaries: [LapSummary], anomalous: Set<Int>) -> SessionSnapshot {
        let clean = summaries.filter { !anomalous.contains($0.lapNumber) }.sorted {
            ($0.lapTimeS, $0.lapNumber) < ($1.lapTimeS, $1.lapNumber)
        }
        let times = clean.map(\.lapTimeS)
        return SessionSnapshot(
            nLaps: summaries.count, nCleanLaps: clean.count,
            bestLapTimeS: Numerics.round(times.first ?? 0, 3),
            avgLapTimeS: Numerics.round(Numerics.mean(times) ?? 0, 3),
            top3AvgTimeS: Numerics.round(Numerics.mean(Array(times.prefix(3))) ?? 0, 3),
            consistencyScore: LapConsistency.compute(clean).consistencyScore)
    }
}

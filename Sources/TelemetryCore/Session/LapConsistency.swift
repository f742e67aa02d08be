import Foundation

/// Lap consistency of analysis.md §5.1 (cheap, so computed at ingest for the snapshot).
public struct LapConsistency: Sendable, Equatable, Encodable {
    public var stdDevS: Double
    public var spreadS: Double
    public var meanAbsConsecutiveDeltaS: Double
    public var maxConsecutiveDeltaS: Double
    public var consistencyScore: Double
    public var choppinessScore: Double
    public var spreadScore: Double
    public var jumpScore: Double
    public var lapNumbers: [Int]
    public var lapTimesS: [Double]
    public var consecutiveDeltasS: [Double]
    public var hasSufficientData: Bool
    public var sampleCount: Int

    enum CodingKeys: String, CodingKey {
        case stdDevS = "std_dev_s", spreadS = "spread_s", meanAbsConsecutiveDeltaS = "mean_abs_consecutive_delta_s"
        case maxConsecutiveDeltaS = "max_consecutive_delta_s", consistencyScore = "consistency_score"
        case choppinessScore = "choppiness_score", spreadScore = "spread_score", jumpScore = "jump_score"
        case lapNumbers = "lap_numbers", lapTimesS = "lap_times_s", consecutiveDeltasS = "consecutive_deltas_s"
        case hasSufficientData = "has_sufficient_data", sampleCount = "sample_count"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeFinite(stdDevS, forKey: .stdDevS)
        try c.encodeFinite(spreadS, forKey: .spreadS)
        try c.encodeFinite(meanAbsConsecutiveDeltaS, forKey: .meanAbsConsecutiveDeltaS)
        try c.encodeFinite(maxConsecutiveDeltaS, forKey: .maxConsecutiveDeltaS)
        try c.encodeFinite(consistencyScore, forKey: .consistencyScore)
        try c.encodeFinite(choppinessScore, forKey: .choppinessScore)
        try c.encodeFinite(spreadScore, forKey: .spreadScore)
        try c.encodeFinite(jumpScore, forKey: .jumpScore)
        try c.encode(lapNumbers, forKey: .lapNumbers)
        try c.encodeFinite(lapTimesS, forKey: .lapTimesS)
        try c.encodeFinite(consecutiveDeltasS, forKey: .consecutiveDeltasS)
        try c.encode(hasSufficientData, forKey: .hasSufficientData)
        try c.encode(sampleCount, forKey: .sampleCount)
    }

    /// §5.1 over the given (non-anomalous) laps; they are ordered by lap number here.
    public static func compute(_ laps: [LapSummary]) -> LapConsistency {
        let ordered = laps.sorted { $0.lapNumber < $1.lapNumber }
        let t = ordered.map(\.lapTimeS)
        guard t.count >= 2, let mu = Numerics.mean(t), mu > 0 else {
            return LapConsistency(stdDevS: 0, spreadS: 0, meanAbsConsecutiveDeltaS: 0, maxConsecutiveDeltaS: 0,
                                  consistencyScore: 100, choppinessScore: 100, spreadScore: 100, jumpScore: 100,
                                  lapNumbers: ordered.map(\.lapNumber), lapTimesS: t, consecutiveDeltasS: [],
                                  hasSufficientData: false, sampleCount: t.count)
        }
        let deltas = zip(t.dropFirst(), t).map { abs($0 - $1) }
        let spread = t.max()! - t.min()!
        let meanAbs = Numerics.mean(deltas)!, maxDelta = deltas.max()!
        let chop = 100 * exp(-10 * meanAbs / mu)
        let spreadScore = 100 * exp(-8 * spread / mu)
        let jump = 100 * exp(-8 * maxDelta / mu)
        let total = min(100, max(0, 0.4 * chop + 0.3 * spreadScore + 0.3 * jump))
        return LapConsistency(stdDevS: Numerics.std(t)!, spreadS: spread, meanAbsConsecutiveDeltaS: meanAbs,
                              maxConsecutiveDeltaS: maxDelta, consistencyScore: Numerics.round(total, 1),
                              choppinessScore: Numerics.round(chop, 1), spreadScore: Numerics.round(spreadScore, 1),
                              jumpScore: Numerics.round(jump, 1), lapNumbers: ordered.map(\.lapNumber),
                              lapTimesS: t, consecutiveDeltasS: deltas, hasSufficientData: true,
                              sampleCount: t.count)
    }
}

import Foundation

/// Per-corner numbers a session contributes to trends (analysis.md §9.1).
public struct CornerTrendEntry: Sendable, Encodable, Equatable {
    public var cornerNumber: Int
    @FiniteNumber public var minSpeedMeanMph: Double
    @FiniteNumber public var minSpeedStdMph: Double
    @OptionalNumber public var brakePointMeanM: Double?
    @OptionalNumber public var brakePointStdM: Double?
    @OptionalNumber public var peakBrakeGMean: Double?
    @OptionalNumber public var throttleCommitMeanM: Double?
    @OptionalNumber public var throttleCommitStdM: Double?
    @FiniteNumber public var consistencyScore: Double
    /// Creates an entry.
    public init(cornerNumber: Int, minSpeedMeanMph: Double, minSpeedStdMph: Double, brakePointMeanM: Double?,
                brakePointStdM: Double?, peakBrakeGMean: Double?, throttleCommitMeanM: Double?,
                throttleCommitStdM: Double?, consistencyScore: Double) {
        self.cornerNumber = cornerNumber
        self.minSpeedMeanMph = minSpeedMeanMph
        self.minSpeedStdMph = minSpeedStdMph
        self.brakePointMeanM = brakePointMeanM
        self.brakePointStdM = brakePointStdM
        self.peakBrakeGMean = peakBrakeGMean
        self.throttleCommitMeanM = throttleCommitMeanM
        self.throttleCommitStdM = throttleCommitStdM
        self.consistencyScore = consistencyScore
    }
    enum CodingKeys: String, CodingKey {
        case cornerNumber = "corner_number", minSpeedMeanMph = "min_speed_mean_mph", minSpeedStdMph = "min_speed_std_mph"
        case brakePointMeanM = "brake_point_mean_m", brakePointStdM = "brake_point_std_m"
        case peakBrakeGMean = "peak_brake_g_mean", throttleCommitMeanM = "throttle_commit_mean_m"
        case throttleCommitStdM = "throttle_commit_std_m", consistencyScore = "consistency_score"
    }

    /// Entries per corner number over all-lap corners (§9.1), with §5.2 scores when available.
    public static func make(_ cornersByLap: [Int: [Corner]], consistency: [CornerConsistency]?) -> [CornerTrendEntry] {
        var byNumber: [Int: [Corner]] = [:]
        for lap in cornersByLap.keys.sorted() { for c in cornersByLap[lap]! { byNumber[c.number, default: []].append(c) } }
        return byNumber.keys.sorted().map { n in
            let cs = byNumber[n]!
            let speeds = cs.map { $0.minSpeedMps * AnalysisConstants.mpsToMph }
            let brakes = cs.compactMap(\.brakePointM), peaks = cs.compactMap(\.peakBrakeG), thr = cs.compactMap(\.throttleCommitM)
            return CornerTrendEntry(
                cornerNumber: n, minSpeedMeanMph: Numerics.round(Numerics.mean(speeds) ?? 0, 2),
                minSpeedStdMph: Numerics.round(Numerics.std(speeds) ?? 0, 2),
                brakePointMeanM: Numerics.rounded(Numerics.mean(brakes), 1), brakePointStdM: Numerics.rounded(Numerics.std(brakes), 1),
                peakBrakeGMean: Numerics.rounded(Numerics.mean(peaks), 3),
                throttleCommitMeanM: Numerics.rounded(Numerics.mean(thr), 1), throttleCommitStdM: Numerics.rounded(Numerics.std(thr), 1),
                consistencyScore: consistency?.first { $0.cornerNumber == n }?.consistencyScore ?? 0)
        }
    }
}

/// Session-list fields the analyses add to the §9.1 snapshot.
public struct SnapshotExtras: Sendable, Encodable {
    /// GPS quality overall score 0–100 (0 when the assessment failed).
    @FiniteNumber public var gpsQualityScore: Double
    /// Grade A–F (`unknown` when the assessment failed).
    public var gpsQualityGrade: String
    /// Gains theoretical best (s), or the best lap time when gains are absent.
    @FiniteNumber public var theoreticalBestS: Double
    /// Gains composite best (s), or the best lap time.
    @FiniteNumber public var compositeBestS: Double
    /// min(theoretical, composite).
    @FiniteNumber public var optimalLapTimeS: Double
    /// Physics-optimal lap time (s).
    @OptionalNumber public var physicsOptimalLapTimeS: Double?
    /// Session score and components.
    public var sessionScore: SessionScore
    /// Per-corner trend entries.
    public var cornerTrends: [CornerTrendEntry]
    enum CodingKeys: String, CodingKey {
        case gpsQualityScore = "gps_quality_score", gpsQualityGrade = "gps_quality_grade"
        case theoreticalBestS = "theoretical_best_s", compositeBestS = "composite_best_s"
        case optimalLapTimeS = "optimal_lap_time_s", physicsOptimalLapTimeS = "physics_optimal_lap_time_s"
        case sessionScore = "session_score", cornerTrends = "corner_trends"
    }
}

/// The line through one best-lap corner over the coaching laps (client-extras.md §8.2); offsets are sign-flipped for
/// left-hand corners, so a negative apex offset always means towards the inside.
public struct CornerLineProfile: Sendable, Encodable, Equatable {
    public var cornerNumber: Int
    public var nLaps: Int
    @FiniteNumber public var dEntryMedian: Double
    @FiniteNumber public var dApexMedian: Double
    @FiniteNumber public var dExitMedian: Double
    @FiniteNumber public var apexFractionMedian: Double
    @FiniteNumber public var dApexSd: Double
    public var lineErrorType: String
    public var severity: String
    public var consistencyTier: String
    public var allenBergType: String
    @FiniteNumber public var straightAfterM: Double
    public var priorityRank: Int
    @Nullable public var bestLapNumber: Int?
    @OptionalNumber public var bestExitSpeedMps: Double?
    @OptionalNumber public var bestSegmentTimeS: Double?
    @Nullable public var bestRankingMethod: String?
    @OptionalNumber public var bestDEntry: Double?
    @OptionalNumber public var bestDApex: Double?
    @OptionalNumber public var bestDExit: Double?
    @OptionalNumber public var medianSegmentTimeS: Double?
    @OptionalNumber public var medianExitSpeedMps: Double?

    enum CodingKeys: String, CodingKey {
        case cornerNumber = "corner_number", nLaps = "n_laps", dEntryMedian = "d_entry_median", dApexMedian = "d_apex_median"
        case dExitMedian = "d_exit_median", apexFractionMedian = "apex_fraction_median", dApexSd = "d_apex_sd"
        case lineErrorType = "line_error_type", severity, consistencyTier = "consistency_tier", allenBergType = "allen_berg_type"
        case straightAfterM = "straight_after_m", priorityRank = "priority_rank", bestLapNumber = "best_lap_number"
        case bestExitSpeedMps = "best_exit_speed_mps", bestSegmentTimeS = "best_segment_time_s"
        case bestRankingMethod = "best_ranking_method", bestDEntry = "best_d_entry", bestDApex = "best_d_apex"
        case bestDExit = "best_d_exit", medianSegmentTimeS = "median_segment_time_s", medianExitSpeedMps = "median_exit_speed_mps"
    }

    /// Values of `line_error_type`, `severity`, `consistency_tier`, `allen_berg_type` and `best_ranking_method`.
    public static let lineErrorTypes: Set<String> = ["early_apex", "late_apex", "wide_entry", "tight_entry", "pinched_exit",
                                                     "wide_exit", "good_line"]
    public static let severities: Set<String> = ["minor", "moderate", "major"]
    public static let consistencyTiers: Set<String> = ["expert", "consistent", "developing", "novice"]
    public static let allenBergTypes: Set<String> = ["A", "B", "C"]
    public static let rankingMethods: Set<String> = ["exit_speed", "segment_time"]
}

/// What the session shows about one corner: its KPIs on the coaching laps (median, session best, best lap), the
/// physics-optimal profile's numbers for it, and the time it costs. SI units (m, m/s, g as a positive deceleration,
/// s); `nil` where the session has no such number (e.g. a corner taken without braking).
public struct CornerFacts: Sendable, Codable, Equatable {
    /// Corner number (1…).
    public var number: Int
    /// `left`, `right` or `nil`.
    public var direction: String?
    /// Zone on the best lap (m from the start/finish line).
    public var entryM: Double
    public var apexM: Double
    public var exitM: Double
    /// Coaching laps with this corner, ascending.
    public var laps: [Int]

    /// Minimum speed: best lap, median over the coaching laps, the session's highest (and its lap).
    public var minSpeedBestLapMps: Double
    public var minSpeedMedianMps: Double
    public var minSpeedSessionBestMps: Double
    public var minSpeedSessionBestLap: Int
    /// Population standard deviation of the minimum speed over the non-anomalous laps (analysis.md §5.2).
    public var minSpeedStdMps: Double?
    /// The optimal profile's slowest speed inside the zone (m/s).
    public var optimalCornerSpeedMps: Double?

    /// Laps on which the corner was braked for.
    public var brakedLaps: Int
    /// Brake point (m): best lap, median, the session's latest among the laps that carried at least the median corner
    /// speed (and its lap), standard deviation over the laps.
    public var brakePointBestLapM: Double?
    public var brakePointMedianM: Double?
    public var brakePointLatestM: Double?
    public var brakePointLatestLap: Int?
    public var brakePointStdM: Double?
    /// Distance from the median brake point to the apex (m): the braking zone.
    public var brakingZoneM: Double?
    /// Speed at the median brake point (m/s).
    public var brakeSpeedMedianMps: Double?
    /// The optimal profile's last brake point before its slowest point in this corner (m); `nil` when the model takes
    /// the corner without braking.
    public var optimalBrakePointM: Double?
    /// Peak deceleration (g, positive): median over the braked laps, and the strongest at this corner.
    public var peakDecelMedianG: Double?
    public var peakDecelBestG: Double?

    /// Trail braking on the coaching laps (`nil` without braking or without both g channels).
    public var trailBraking: TrailBrakingFacts?

    /// Apex to throttle commit (m): best lap, median, the session's shortest (and its lap).
    public var apexToThrottleBestLapM: Double?
    public var apexToThrottleMedianM: Double?
    public var apexToThrottleShortestM: Double?
    public var apexToThrottleShortestLap: Int?
    /// The optimal profile's distance from its slowest point to its first acceleration point (m).
    public var optimalApexToThrottleM: Double?

    /// Corner segment time (s): average minus best over the coaching laps (gains, analysis.md §7.2).
    public var segmentGainS: Double?
    /// Corner segment time (s): best lap minus the optimal profile (positive: the best lap is slower).
    public var optimalGapS: Double?
    /// Time per lap this corner costs (s, ≥ 0): `segmentGainS` + max(0, `optimalGapS`).
    public var timeCostS: Double
    /// Corner consistency score (0–100, analysis.md §5.2).
    public var consistencyScore: Double?
}

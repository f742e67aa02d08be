/// Session-wide numbers a coach reads: laps, consistency, gains, the physics-optimal lap, grip, GPS quality.
public struct SessionFacts: Sendable, Codable, Equatable {
    public var sessionDate: String
    /// Timed laps (resampled).
    public var lapCount: Int
    public var bestLap: Int
    public var bestLapTimeS: Double
    /// Coaching ("clean") laps, ascending, and their median time (s).
    public var coachingLaps: [Int]
    public var medianCoachingLapTimeS: Double
    /// Anomalous laps (analysis.md §3.5), ascending.
    public var anomalousLaps: [Int]
    /// Lap consistency (analysis.md §5.1) over the non-anomalous laps: score 0–100, standard deviation and spread (s).
    public var lapConsistencyScore: Double?
    public var lapTimeStdS: Double?
    public var lapTimeSpreadS: Double?
    /// Gains (analysis.md §7.2): average-to-best over the corners and straights, composite and theoretical gain (s).
    public var consistencyGainS: Double?
    public var compositeGainS: Double?
    public var theoreticalGainS: Double?
    /// Physics-optimal lap (analysis.md §8.6): time (s), the limits it used (g) and whether they came from this session.
    public var optimalLapTimeS: Double?
    public var optimalMaxDecelG: Double
    public var optimalMaxLateralG: Double
    public var optimalCalibrated: Bool
    /// Grip (analysis.md §8.4): composite and 99th-percentile combined g.
    public var gripCompositeMaxG: Double?
    public var gripMultiLapMaxG: Double?
    /// Strongest peak deceleration of any corner on any coaching lap (g, positive): the session's demonstrated maximum.
    public var demonstratedMaxDecelG: Double?
    /// GPS quality (analysis.md §8.5): 0–100, `A`–`F`, usable.
    public var gpsScore: Double
    public var gpsGrade: String
    public var gpsUsable: Bool
}

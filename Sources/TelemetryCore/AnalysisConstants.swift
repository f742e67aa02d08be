/// Constants of analysis.md §1.1, shared by every stage of the core.
public enum AnalysisConstants {
    /// Every m/s → mph conversion.
    public static let mpsToMph = 2.23694
    /// Standard gravity used for g conversions (m/s²).
    public static let gravity = 9.81
    /// Spacing of the distance grid laps are resampled onto (m).
    public static let resampleStep = 0.7
    /// A row passes the GPS quality filter when `accuracy ≤ maxAccuracyM` …
    public static let maxAccuracyM = 2.0
    /// … and `satellites ≥ minSatellites`.
    public static let minSatellites = 6.0
    /// Laps with fewer rows than this are dropped.
    public static let minLapRows = 10
    /// Laps longer than this × the median lap distance are removed (§3.2).
    public static let maxLapDistanceRatio = 1.3
    /// Laps shorter than this × the longest remaining lap are removed (§3.2).
    public static let minLapFraction = 0.80
    /// A lap slower than this × the median lap time is anomalous (§3.5).
    public static let maxLapTimeRatio = 1.5
    /// A lap slower than median + this × IQR is anomalous (§3.5).
    public static let iqrFactor = 2.0
    /// User tags that remove a lap from the coaching laps (§3.6).
    public static let excludeTags: Set<String> = ["traffic", "off-line", "experimental", "cold-tires"]
    /// Number of columns of the standard RaceChrono CSV v3 layout.
    public static let standardColumnCount = 29
}

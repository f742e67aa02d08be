/// One row of `GET /api/sessions/{sid}/laps` (analysis.md §3.4, §3.7).
public struct LapSummary: Sendable, Equatable, Codable {
    /// RaceChrono lap number.
    public var lapNumber: Int
    /// Crossing-to-crossing lap time, rounded to 3 decimals (s).
    public var lapTimeS: Double
    /// Crossing-to-crossing distance, rounded to 1 decimal (m).
    public var lapDistanceM: Double
    /// Fastest row of the lap, rounded to 2 decimals (m/s).
    public var maxSpeedMps: Double
    /// Not anomalous and not excluded by a user tag (in/out laps are `true`).
    public var isClean: Bool
    /// User tags, sorted.
    public var tags: [String]

    /// Creates a summary.
    public init(lapNumber: Int, lapTimeS: Double, lapDistanceM: Double, maxSpeedMps: Double,
                isClean: Bool, tags: [String]) {
        self.lapNumber = lapNumber
        self.lapTimeS = lapTimeS
        self.lapDistanceM = lapDistanceM
        self.maxSpeedMps = maxSpeedMps
        self.isClean = isClean
        self.tags = tags
    }

    enum CodingKeys: String, CodingKey {
        case lapNumber = "lap_number", lapTimeS = "lap_time_s", lapDistanceM = "lap_distance_m"
        case maxSpeedMps = "max_speed_mps", isClean = "is_clean", tags
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(lapNumber, forKey: .lapNumber)
        try c.encodeFinite(lapTimeS, forKey: .lapTimeS)
        try c.encodeFinite(lapDistanceM, forKey: .lapDistanceM)
        try c.encodeFinite(maxSpeedMps, forKey: .maxSpeedMps)
        try c.encode(isClean, forKey: .isClean)
        try c.encode(tags, forKey: .tags)
    }

    /// Summaries of the resampled laps (§3.4), ordered by lap time ascending; equal times
    /// keep lap-number order. `isClean` is `true` and `tags` empty (no tags at upload).
    public static func summarize(_ laps: [TimedLap], _ ch: TelemetryChannels) -> [LapSummary] {
        laps.sorted { $0.lapNumber < $1.lapNumber }.map { lap in
            var maxSpeed = 0.0
            for i in lap.rows where ch.speed[i] > maxSpeed { maxSpeed = ch.speed[i] }
            return LapSummary(lapNumber: lap.lapNumber, lapTimeS: Numerics.round(lap.lapTime, 3),
                              lapDistanceM: Numerics.round(lap.lapDistance, 1),
                              maxSpeedMps: Numerics.round(maxSpeed, 2), isClean: true, tags: [])
        }
        .enumerated()
        .sorted { ($0.element.lapTimeS, $0.offset) < ($1.element.lapTimeS, $1.offset) }
        .map(\.element)
    }
}

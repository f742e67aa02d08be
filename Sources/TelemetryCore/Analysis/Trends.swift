import Foundation

/// What the server passes per session to trends and milestones (analysis.md §10).
public struct TrendSessionInput: Sendable, Equatable {
    /// Session id.
    public var id: String
    /// Raw `session_date` display string.
    public var dateDisplay: String
    /// Parsed date for ordering (`nil` = unparseable: ordered first).
    public var date: Date?
    /// Non-anomalous lap times (any order; sorted ascending in the output).
    public var lapTimes: [Double]
    /// Snapshot numbers (§9.1).
    public var snapshot: SessionSnapshot
    /// Theoretical best (gains) or best lap time.
    public var theoreticalBestS: Double
    /// GPS quality score 0–100, `nil` when the assessment failed (counts as 0).
    public var gpsQualityScore: Double?
    /// Per-corner trend entries.
    public var cornerTrends: [CornerTrendEntry]

    /// Creates an input.
    public init(id: String, dateDisplay: String, date: Date?, lapTimes: [Double], snapshot: SessionSnapshot,
                theoreticalBestS: Double, gpsQualityScore: Double?, cornerTrends: [CornerTrendEntry]) {
        self.id = id
        self.dateDisplay = dateDisplay
        self.date = date
        self.lapTimes = lapTimes
        self.snapshot = snapshot
        self.theoreticalBestS = theoreticalBestS
        self.gpsQualityScore = gpsQualityScore
        self.cornerTrends = cornerTrends
    }
}

/// One session row of the trends response.
public struct TrendSession: Sendable, Codable {
    public var sessionID: String
    public var sessionDate: String
    @FiniteNumber public var bestLapTimeS: Double
    @FiniteNumber public var top3AvgTimeS: Double
    @FiniteNumber public var avgLapTimeS: Double
    @FiniteNumber public var consistencyScore: Double
    public var nLaps: Int
    public var nCleanLaps: Int
    @NumberList public var lapTimesS: [Double]
    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", sessionDate = "session_date", bestLapTimeS = "best_lap_time_s"
        case top3AvgTimeS = "top3_avg_time_s", avgLapTimeS = "avg_lap_time_s", consistencyScore = "consistency_score"
        case nLaps = "n_laps", nCleanLaps = "n_clean_laps", lapTimesS = "lap_times_s"
    }
}

/// `GET /api/trends/{track_name}` (analysis.md §10.1).
public struct TrendsResponse: Sendable, Codable {
    public var trackName: String
    public var data: TrendData
    enum CodingKeys: String, CodingKey { case trackName = "track_name", data }
}

/// The trends `data` object.
public struct TrendData: Sendable, Codable {
    public var trackName: String
    public var sessions: [TrendSession]
    public var nSessions: Int
    @NumberList public var bestLapTrend: [Double]
    @NumberList public var top3AvgTrend: [Double]
    @NumberList public var consistencyTrend: [Double]
    @NumberList public var theoreticalTrend: [Double]
    public var cornerMinSpeedTrends: [String: [OptionalNumber]]
    public var cornerBrakeStdTrends: [String: [OptionalNumber]]
    public var cornerConsistencyTrends: [String: [OptionalNumber]]
    public var milestones: [Milestone]
    enum CodingKeys: String, CodingKey {
        case trackName = "track_name", sessions, nSessions = "n_sessions", bestLapTrend = "best_lap_trend"
        case top3AvgTrend = "top3_avg_trend", consistencyTrend = "consistency_trend", theoreticalTrend = "theoretical_trend"
        case cornerMinSpeedTrends = "corner_min_speed_trends", cornerBrakeStdTrends = "corner_brake_std_trends"
        case cornerConsistencyTrends = "corner_consistency_trends", milestones
    }
}

/// Cross-session trends (analysis.md §10.1). The caller selects the user's sessions of the track.
public enum Trends {
    /// Chronological order: parsed date ascending, unparseable first, ties keep input order.
    static func chronological(_ sessions: [TrendSessionInput]) -> [TrendSessionInput] {
        sessions.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return x != y ? x < y : a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Trends of `sessions` for `trackName` (as given in the path). Throws 422 with fewer than 2
    /// sessions left after the GPS filter (score < 40 dropped unless `includeLowQuality`).
    public static func compute(trackName: String, sessions: [TrendSessionInput], includeLowQuality: Bool = false)
        throws(AnalysisError) -> TrendsResponse {
        let kept = includeLowQuality ? sessions : sessions.filter { ($0.gpsQualityScore ?? 0) >= 40 }
        guard kept.count >= 2 else {
            throw .notEnoughSessions("At least 2 sessions required for trend analysis. Found \(kept.count) for track '\(trackName)'.")
        }
        let ordered = chronological(kept)
        let rows = ordered.map { s in
            TrendSession(sessionID: s.id, sessionDate: s.dateDisplay, bestLapTimeS: s.snapshot.bestLapTimeS,
                         top3AvgTimeS: s.snapshot.top3AvgTimeS, avgLapTimeS: s.snapshot.avgLapTimeS,
                         consistencyScore: s.snapshot.consistencyScore, nLaps: s.snapshot.nLaps,
                         nCleanLaps: s.snapshot.nCleanLaps, lapTimesS: s.lapTimes.sorted())
        }
        var common = Set(ordered[0].cornerTrends.map(\.cornerNumber))
        for s in ordered.dropFirst() { common.formIntersection(s.cornerTrends.map(\.cornerNumber)) }
        var minSpeed: [String: [OptionalNumber]] = [:], brakeStd: [String: [OptionalNumber]] = [:]
        var cons: [String: [OptionalNumber]] = [:]
        for c in common.sorted() {
            let entries = ordered.map { s in s.cornerTrends.first { $0.cornerNumber == c }! }
            minSpeed[String(c)] = entries.map { OptionalNumber(wrappedValue: $0.minSpeedMeanMph) }
            brakeStd[String(c)] = entries.map { OptionalNumber(wrappedValue: $0.brakePointStdM) }
            cons[String(c)] = entries.map { OptionalNumber(wrappedValue: $0.consistencyScore) }
        }
        let data = TrendData(
            trackName: trackName, sessions: rows, nSessions: rows.count,
            bestLapTrend: ordered.map(\.snapshot.bestLapTimeS), top3AvgTrend: ordered.map(\.snapshot.top3AvgTimeS),
            consistencyTrend: ordered.map(\.snapshot.consistencyScore), theoreticalTrend: ordered.map(\.theoreticalBestS),
            cornerMinSpeedTrends: minSpeed, cornerBrakeStdTrends: brakeStd, cornerConsistencyTrends: cons,
            milestones: Milestones.scan(ordered))
        return TrendsResponse(trackName: trackName, data: data)
    }
}

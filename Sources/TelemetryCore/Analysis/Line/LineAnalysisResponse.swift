/// `GET /api/sessions/{sid}/line-analysis?laps=&step=` (client-extras.md §8.3): driving-line traces of the selected
/// coaching laps against the median reference line, and one line profile per best-lap corner.
public struct LineAnalysisResponse: Sendable, Encodable, Equatable {
    /// One lap's signed lateral offsets from the reference (m, positive = left).
    public struct Trace: Sendable, Encodable, Equatable {
        public var lapNumber: Int
        @NumberList public var offsetsM: [Double]
        enum CodingKeys: String, CodingKey { case lapNumber = "lap_number", offsetsM = "offsets_m" }
    }

    /// One lap's smoothed East/North path (m from the origin) and its speed (m/s).
    public struct LapTrace: Sendable, Encodable, Equatable {
        public var lapNumber: Int
        @NumberList public var e: [Double]
        @NumberList public var n: [Double]
        @NumberList public var speedMps: [Double]
        enum CodingKeys: String, CodingKey { case lapNumber = "lap_number", e, n, speedMps = "speed_mps" }
    }

    public var sessionID: String
    public var available: Bool
    public var cornerProfiles: [CornerLineProfile]
    @NumberList public var distanceM: [Double]
    public var traces: [Trace]
    @NumberList public var referenceE: [Double]
    @NumberList public var referenceN: [Double]
    public var nLapsUsed: Int
    public var lapTraces: [LapTrace]
    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", available, cornerProfiles = "corner_profiles", distanceM = "distance_m", traces
        case referenceE = "reference_e", referenceN = "reference_n", nLapsUsed = "n_laps_used", lapTraces = "lap_traces"
    }

    /// The answer without traces or reference.
    public static func unavailable(sessionID: String) -> LineAnalysisResponse {
        LineAnalysisResponse(sessionID: sessionID, available: false, cornerProfiles: [], distanceM: [], traces: [],
                             referenceE: [], referenceN: [], nLapsUsed: 0, lapTraces: [])
    }
}

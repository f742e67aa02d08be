/// What the PDF needs of the session besides the report: the header facts, the best lap's trace and the optimal
/// profile for the two figures, and where the corners are. Speeds are mph (the report's units); distances metres from
/// the start/finish line. Arrays of one trace have equal lengths (extra elements of a longer one are ignored).
public struct CoachingPDFSession: Sendable, Equatable {
    /// Track name for the page header and the title block.
    public var trackName: String
    /// Session date as shown to the user (e.g. `21/02/2026 22:12`).
    public var sessionDate: String
    /// The best lap's number and time (s).
    public var bestLapNumber: Int
    public var bestLapTimeS: Double
    /// Laps in the session.
    public var lapCount: Int
    /// The best lap, point by point: position (degrees), speed (mph) and distance (m).
    public var bestLapLatitude: [Double]
    public var bestLapLongitude: [Double]
    public var bestLapSpeedMph: [Double]
    public var bestLapDistanceM: [Double]
    /// The optimal speed profile along the best lap: distance (m) and speed (mph).
    public var optimalDistanceM: [Double]
    public var optimalSpeedMph: [Double]
    /// The corners, in lap order.
    public var corners: [CornerApex]

    public init(trackName: String, sessionDate: String, bestLapNumber: Int, bestLapTimeS: Double, lapCount: Int,
                bestLapLatitude: [Double], bestLapLongitude: [Double], bestLapSpeedMph: [Double],
                bestLapDistanceM: [Double], optimalDistanceM: [Double], optimalSpeedMph: [Double], corners: [CornerApex]) {
        self.trackName = trackName
        self.sessionDate = sessionDate
        self.bestLapNumber = bestLapNumber
        self.bestLapTimeS = bestLapTimeS
        self.lapCount = lapCount
        self.bestLapLatitude = bestLapLatitude
        self.bestLapLongitude = bestLapLongitude
        self.bestLapSpeedMph = bestLapSpeedMph
        self.bestLapDistanceM = bestLapDistanceM
        self.optimalDistanceM = optimalDistanceM
        self.optimalSpeedMph = optimalSpeedMph
        self.corners = corners
    }
}

/// What the PDF needs of the session besides the report: the header facts, the best lap's trace and the optimal
/// profile for the two figures, and where the corners are. Speeds are mph (the report's units); distances metres from
/// the start/finish line. Arrays of one trace have equal lengths (extra elements of a longer one are ignored).
public struct CoachingPDFSession: Sendable, Equatable {
    /// Track name for the page header and the title block.
    public var trackName: String
    /// Session date as shown to the user (e.g. `21/02/2026 22:12`).
    public var sessionDate: String
    /// The best lap's number (`L<n>`).
    public var bestLapNumber: Int
    /// The best lap's time (s), shown as `m:ss.ss`.
    public var bestLapTimeS: Double
    /// Laps in the session.
    public var lapCount: Int
    /// The best lap's latitude per point (degrees).
    public var bestLapLatitude: [Double]
    /// The best lap's longitude per point (degrees).
    public var bestLapLongitude: [Double]
    /// The best lap's speed per point (mph).
    public var bestLapSpeedMph: [Double]
    /// The best lap's distance per point (m, ascending).
    public var bestLapDistanceM: [Double]
    /// The optimal profile's distances (m, ascending).
    public var optimalDistanceM: [Double]
    /// The optimal profile's speed at each distance (mph).
    public var optimalSpeedMph: [Double]
    /// The corners, in lap order.
    public var corners: [CornerApex]

    /// Session facts from their parts (`init(analysis:trackName:sessionDate:)` builds them from an analysed session).
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

/// A lap that lost time in one place: an anomalous lap (analysis.md §3.5) or a lap whose time in one corner stretch
/// (from its braking to the next corner's braking) stands out from the coaching laps.
public struct LapIncident: Sendable, Codable, Equatable {
    /// Lap number.
    public var lap: Int
    /// Lap time (s).
    public var lapTimeS: Double
    /// Lap time minus the coaching laps' median (s).
    public var lostToMedianS: Double
    /// Anomalous lap (left out of the coaching laps).
    public var anomalous: Bool
    /// The corner whose stretch lost the most against its median, `nil` when none stands out.
    public var corner: Int?
    /// Time lost in that stretch against its median (s).
    public var cornerLossS: Double?
    /// The corner before `corner` when the loss starts there: this lap's slowest speed through it is below every other
    /// coaching lap's (a mistake there costs time on its exit, which runs into the next corner's stretch).
    public var startCorner: Int?
    /// This lap's slowest speed through `startCorner` and the slowest of the other coaching laps there (m/s).
    public var startCornerMinSpeedMps: Double?
    public var startCornerOthersMinSpeedMps: Double?
}

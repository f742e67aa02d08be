/// One timed lap, as the chat coach cites it.
public struct ChatLap: Sendable, Codable, Equatable {
    /// RaceChrono lap number.
    public var lapNumber: Int
    /// Crossing-to-crossing lap time (s).
    public var lapTimeS: Double
    /// A coaching ("clean") lap: the facts' medians and scores are computed over these.
    public var isCoachingLap: Bool
    /// An anomalous lap (analysis.md §3.5: far slower than the rest).
    public var isAnomalous: Bool
    /// The best lap's corners as found on this lap, in order (a corner missing on this lap is left out).
    public var corners: [ChatLapCorner]

    /// Creates a lap.
    public init(lapNumber: Int, lapTimeS: Double, isCoachingLap: Bool, isAnomalous: Bool, corners: [ChatLapCorner]) {
        self.lapNumber = lapNumber
        self.lapTimeS = lapTimeS
        self.isCoachingLap = isCoachingLap
        self.isAnomalous = isAnomalous
        self.corners = corners
    }

    /// This lap's numbers at corner `n`.
    public func corner(_ n: Int) -> ChatLapCorner? { corners.first { $0.number == n } }
}

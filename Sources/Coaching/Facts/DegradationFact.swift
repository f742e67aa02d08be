/// A brake fade or tyre degradation trend at one corner (analysis.md §8.2).
public struct DegradationFact: Sendable, Codable, Equatable {
    public var corner: Int
    /// `brake_fade` or `tire_degradation`.
    public var metric: String
    /// `mild`, `moderate` or `severe`.
    public var severity: String
    /// Per lap: g (brake fade, peak deceleration weakening) or m/s (tyre degradation, minimum speed falling).
    public var slopePerLap: Double
    public var rSquared: Double
    public var startLap: Int
    public var endLap: Int
}

/// How much deceleration a corner's entry carries while lateral g builds, measured on each braked coaching lap from
/// turn-in (|lateral g| has risen 30 % of the way from its lowest value after the brake point to its peak before the
/// apex) to loading (80 % of the way).
public struct TrailBrakingFacts: Sendable, Codable, Equatable {
    /// Laps measured.
    public var laps: Int
    /// Share of the lateral build-up still braking (longitudinal ≤ −0.1 g), 0…1: median over the laps, and the best lap
    /// of the session for this corner.
    public var overlapMedian: Double
    public var overlapBest: Double
    /// Deceleration at turn-in (g, positive), median over the laps.
    public var decelAtTurnInMedianG: Double
    /// Length of the lateral build-up (m), median over the laps.
    public var buildUpMedianM: Double
}

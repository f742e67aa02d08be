import TelemetryCore

/// The time a softer stop costs: slowing from `v1` to `v2` (m/s) at a constant `decelG` against staying at `v1` longer and
/// then slowing at `maxDecelG` over the same distance (point mass, straight line).
enum BrakingPhysics {
    /// (extra time (s), the ideal braking time (s)); zero extra time when `decelG ≥ maxDecelG` or there is nothing to
    /// slow down.
    static func softStopLoss(v1: Double, v2: Double, decelG: Double, maxDecelG: Double) -> (lossS: Double, idealS: Double) {
        let g = AnalysisConstants.gravity
        guard v1 > v2, v2 >= 0, decelG > 0, maxDecelG > 0 else { return (0, 0) }
        let a = min(decelG, maxDecelG)
        let driverTime = (v1 - v2) / (a * g)
        let driverDistance = (v1 * v1 - v2 * v2) / (2 * a * g)
        let idealDistance = (v1 * v1 - v2 * v2) / (2 * maxDecelG * g)
        let idealTime = (driverDistance - idealDistance) / v1 + (v1 - v2) / (maxDecelG * g)
        return (max(0, driverTime - idealTime), idealTime)
    }
}

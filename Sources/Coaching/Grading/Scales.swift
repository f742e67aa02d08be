/// The scales the grades use (RUBRIC.md). None depends on a track: each compares the driver with the session's own
/// best, the session's demonstrated maximum, or the physics-optimal profile.
enum Scales {
    /// Seconds lost against a reference, in multiples of a driver's reaction time (≈ 0.25 s): A within one, B within
    /// two, C within four, D within eight.
    static let delaySeconds = (a: 0.25, b: 0.5, c: 1.0, d: 2.0)
    /// Share of the available grip used, (speed ratio)² since cornering speed grows with √grip.
    static let gripShare = (a: 0.95, b: 0.90, c: 0.80, d: 0.70)
    /// Extra braking time against braking at the session's demonstrated maximum, as a share of that ideal braking time.
    static let brakingTimeShare = (a: 0.05, b: 0.10, c: 0.20, d: 0.40)
    /// Share of the lateral build-up during which braking continues.
    static let trailOverlap = (a: 0.60, b: 0.40, c: 0.20, d: 0.05)
    /// Slowest speed used to turn a distance into time (m/s): avoids dividing by a near-standstill.
    static let minSpeedForTime = 5.0
}

import Foundation

/// The water on the track surface, mm of depth averaged over the surface, stepped through time by
///
///     dW/dt = P − D(W) − E
///
/// - `P`, rain: everything that falls lands on the film.
/// - `D`, drainage: water beyond what the surface texture holds (`textureStorageMm`) runs off the cross-fall as
///   sheet flow, a linear reservoir with time constant `drainageTimeConstant`. The constant comes from the kinematic
///   wave time of concentration of sheet flow (FHWA HEC-22 eq. 3-4, SI): `t = 6.943/i^0.4·(n·L/√S)^0.6` minutes,
///   with Manning `n = 0.011` (smooth asphalt), flow length `L = 6 m` (half a 12 m track), cross-fall `S = 2 %`:
///   3.3 min at `i` = 2 mm/h, 5.8 min at 0.5 mm/h. Five minutes is taken; a film over the texture drains in minutes.
/// - the water held in the texture, `textureStorageMm = 0.3`, does not run off and only evaporates. Dense track
///   asphalt has a mean texture depth of about 0.5–0.8 mm (sand patch), of which the cross-fall drains part; 0.3 mm
///   is also the low end of depression storage of paved surfaces in urban hydrology. So a soaked track stays `wet`
///   (≥ 0.10 mm) until 0.2 mm has evaporated, and `damp` until 0.29 mm has.
/// - `E`, evaporation: `WaterFilmEvaporation`.
///
/// Stepped in one-minute increments: within each, rain first tops up the texture storage, the rest feeds the excess,
/// which follows the exact linear-reservoir solution `X' = qτ + (X − qτ)·e^(−Δt/τ)` for an inflow `q`; then the
/// increment's evaporation is taken off (never below zero).
struct WaterFilm: Sendable, Equatable {
    static let textureStorageMm = 0.3
    static let drainageTimeConstant: TimeInterval = 5 * 60
    static let increment: TimeInterval = 60

    /// Depth, mm (finite, ≥ 0).
    private(set) var depthMm: Double = 0

    /// Advances `duration` seconds (up to a day; anything else is ignored) during which `rainMm` falls evenly and water evaporates at `evaporationMmPerHour`.
    mutating func advance(duration: TimeInterval, rainMm: Double, evaporationMmPerHour: Double) {
        guard duration.isFinite, duration > 0, duration <= 86_400 else { return }
        let steps = max(1, Int((duration / Self.increment).rounded()))
        let dt = duration / Double(steps)
        let rain = rainMm.isFinite ? max(0, rainMm) / Double(steps) : 0
        let evaporation = evaporationMmPerHour.isFinite ? max(0, evaporationMmPerHour) * dt / 3_600 : 0
        let tau = Self.drainageTimeConstant
        let kept = exp(-dt / tau)
        for _ in 0..<steps {
            let stored = min(Self.textureStorageMm, depthMm)
            let topUp = min(rain, Self.textureStorageMm - stored)
            let inflowEquilibrium = (rain - topUp) / dt * tau // qτ, mm
            let excess = max(0, depthMm - Self.textureStorageMm)
            let drainedExcess = inflowEquilibrium + (excess - inflowEquilibrium) * kept
            depthMm = max(0, stored + topUp + max(0, drainedExcess) - evaporation)
        }
    }
}

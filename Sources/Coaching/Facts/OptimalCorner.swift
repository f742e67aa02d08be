import TelemetryCore

/// The physics-optimal profile's numbers for one corner zone (analysis.md §8.6).
struct OptimalCorner: Equatable {
    /// Slowest optimal speed in the zone (m/s) and where (m).
    var cornerSpeedMps: Double
    var apexM: Double
    /// The last optimal brake point after the previous corner's optimal apex and before this one (m).
    var brakePointM: Double?
    /// Distance from the optimal apex to where the optimal profile commits to the throttle by the corner KPIs' own rule
    /// (10 m of acceleration above 0.1 g, analysis.md §4.2 step 5) before the zone exit (m).
    var apexToThrottleM: Double?
    /// Time through the zone on the optimal profile (s).
    var zoneTimeS: Double

    /// `nil` when the profile does not cover the zone.
    /// The slowest point is the profile's minimum in [entry, exit], or its speed at the best lap's apex `apexM` when that
    /// minimum sits on the zone's edge (the profile is still slowing for the next corner, or still accelerating out of
    /// the previous one there); then it has no apex-to-throttle distance.
    static func make(_ profile: OptimalProfileResponse, entryM: Double, apexM: Double, exitM: Double,
                     previousApexM: Double?) -> OptimalCorner? {
        let d = profile.distanceM
        let v = profile.optimalSpeedMph.map { $0 / AnalysisConstants.mpsToMph }
        guard d.count >= 2, v.count == d.count else { return nil }
        let lo = min(Numerics.firstIndexAtLeast(d, entryM), d.count - 1)
        let hi = min(Numerics.firstIndexAtLeast(d, exitM), d.count - 1)
        guard hi > lo else { return nil }
        var apex = lo
        for i in lo...hi where v[i] < v[apex] { apex = i }
        let ownMinimum = apex != lo && apex != hi
        if !ownMinimum { apex = min(max(Numerics.firstIndexAtLeast(d, apexM), lo), hi) }
        var zoneTime = 0.0
        for i in lo..<hi where v[i] + v[i + 1] > 0 { zoneTime += 2 * (d[i + 1] - d[i]) / (v[i] + v[i + 1]) }
        let floor = previousApexM ?? -Double.infinity
        let brake = profile.brakePoints.last { $0 <= d[apex] && $0 > floor }
        // without a slow point of its own the profile has no apex-to-throttle distance to compare with
        let throttle = ownMinimum ? throttleCommit(d, v, from: apex, to: hi) : nil
        return OptimalCorner(cornerSpeedMps: v[apex], apexM: d[apex], brakePointM: brake,
                             apexToThrottleM: throttle.map { max(0, d[$0] - d[apex]) }, zoneTimeS: zoneTime)
    }

    /// Samples in 10 m of grid, and the acceleration (g) a throttle commit needs (analysis.md §4.2 step 5).
    static let commitRunM = 10.0
    static let commitG = 0.1

    /// First index of a run of `commitRunM` with acceleration above `commitG` in [from, to), `nil` when none.
    static func throttleCommit(_ d: [Double], _ v: [Double], from: Int, to: Int) -> Int? {
        var start: Int? = nil
        for i in from..<min(to, d.count - 1) {
            let ds = d[i + 1] - d[i]
            let a = ds > 0 ? (v[i + 1] * v[i + 1] - v[i] * v[i]) / (2 * ds * AnalysisConstants.gravity) : 0
            if a > commitG {
                if start == nil { start = i }
                if d[i + 1] - d[start!] >= commitRunM { return start }
            } else {
                start = nil
            }
        }
        return nil
    }
}

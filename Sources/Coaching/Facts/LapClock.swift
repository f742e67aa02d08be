import TelemetryCore

/// Elapsed time on one lap at a distance of the best lap's grid: the lap's distance is scaled to the best lap's length
/// (as the gains and sectors do), so the same track position is compared on every lap.
struct LapClock {
    let distance: [Double]
    let time: [Double]
    let scale: Double

    init?(_ lap: ResampledLap, length: Double?, bestLength: Double) {
        guard lap.count >= 2, lap.lapTime.count == lap.count else { return nil }
        distance = Array(lap.distance)
        time = lap.lapTime
        let own = length ?? lap.lastDistance
        scale = bestLength > 0 && own > 0 ? own / bestLength : 1
    }

    /// Time (s) at best-lap distance `x` (m).
    func time(at x: Double) -> Double { Numerics.interpC(x * scale, distance, time) }

    /// Time (s) from `a` to `b` (best-lap distances), never negative.
    func time(from a: Double, to b: Double) -> Double { max(0, time(at: b) - time(at: a)) }
}

/// The comparison's delta-time trace (B's time behind A against A's distance), read between two distances.
struct DeltaTrace {
    /// Finite samples, ascending in distance.
    let distance: [Double]
    let delta: [Double]

    init(distanceM: [Double], deltaTimeS: [Double]) {
        var d: [Double] = [], t: [Double] = []
        for (x, y) in zip(distanceM, deltaTimeS) where x.isFinite && y.isFinite && (d.last.map { x > $0 } ?? true) {
            d.append(x)
            t.append(y)
        }
        distance = d
        delta = t
    }

    /// The delta at distance `x` (linear between samples), `nil` outside the trace.
    func value(at x: Double) -> Double? {
        guard x.isFinite, let first = distance.first, let last = distance.last, x >= first, x <= last else { return nil }
        var lo = 0, hi = distance.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if distance[mid] <= x { lo = mid } else { hi = mid }
        }
        let span = distance[hi] - distance[lo]
        guard span > 0 else { return delta[lo] }
        return delta[lo] + (delta[hi] - delta[lo]) * (x - distance[lo]) / span
    }

    /// Time B loses between `entry` and `exit` (the delta's change), `nil` when either is outside the trace.
    func change(from entry: Double, to exit: Double) -> Double? {
        guard exit > entry, let a = value(at: entry), let b = value(at: exit) else { return nil }
        let change = b - a
        return change.isFinite ? change : nil
    }
}

import Foundation

/// Numerical conventions of analysis.md §1.2. Pure functions on arrays.
public enum Numerics {
    /// Arithmetic mean; `nil` for an empty input.
    public static func mean(_ xs: [Double]) -> Double? {
        guard !xs.isEmpty else { return nil }
        var s = 0.0
        for x in xs { s += x }
        return s / Double(xs.count)
    }

    /// Population standard deviation (divide by N); `nil` for an empty input.
    public static func std(_ xs: [Double]) -> Double? {
        guard let m = mean(xs) else { return nil }
        var s = 0.0
        for x in xs { s += (x - m) * (x - m) }
        return (s / Double(xs.count)).squareRoot()
    }

    /// Percentile with linear interpolation between order statistics
    /// (rank = p/100·(N−1)); `nil` for an empty input.
    public static func percentile(_ xs: [Double], _ p: Double) -> Double? {
        guard !xs.isEmpty else { return nil }
        return percentileOfSorted(xs.sorted(), p)
    }

    /// `percentile` of an already ascending array.
    public static func percentileOfSorted(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = p / 100 * Double(sorted.count - 1)
        let last = sorted.count - 1
        let lo = clampedInt(rank, 0...last, rounding: .down), hi = clampedInt(rank, 0...last, rounding: .up)
        let f = rank - Double(lo)
        return sorted[lo] + (sorted[hi] - sorted[lo]) * f
    }

    /// `x` rounded by `rule` and clamped into `bounds`; NaN gives the lower bound. The one checked path from a
    /// computed `Double` to an `Int` (`Int(_:)` traps on NaN, infinities and values beyond ±9.2e18).
    public static func clampedInt(_ x: Double, _ bounds: ClosedRange<Int>,
                                  rounding rule: FloatingPointRoundingRule = .towardZero) -> Int {
        let r = x.rounded(rule)
        guard r >= Double(bounds.lowerBound) else { return bounds.lowerBound }
        guard r < Double(bounds.upperBound) else { return bounds.upperBound }
        return Int(r)
    }

    /// Median = percentile(50).
    public static func median(_ xs: [Double]) -> Double? { percentile(xs, 50) }

    /// Round half-to-even to `digits` decimals (Python `round(x, k)` on the binary double).
    public static func round(_ x: Double, _ digits: Int) -> Double {
        guard x.isFinite else { return x }
        let scale = pow(10.0, Double(digits))
        let scaled = x * scale
        guard scaled.isFinite, abs(scaled) < 9.0e15 else { return x }
        var r = scaled.rounded(.toNearestOrEven)
        if abs(scaled - r) == 0.5 {
            // Apparent tie: the exact product x·10^k decides (2.675 is 2.67499… in binary → 2.67).
            let error = (-scaled).addingProduct(x, scale)
            if error > 0 { r = scaled.rounded(.up) } else if error < 0 { r = scaled.rounded(.down) }
        }
        return r / scale
    }

    /// Smallest index `i` with `xs[i] ≥ x` (`xs.count` when none); `xs` ascending.
    public static func firstIndexAtLeast(_ xs: [Double], _ x: Double) -> Int {
        var lo = 0, hi = xs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if xs[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// ((d + 180) mod 360) − 180 with a floor-style modulo: result in [−180, 180).
    public static func wrap180(_ d: Double) -> Double {
        let m = (d + 180) - 360 * ((d + 180) / 360).rounded(.down)
        return (m >= 360 ? m - 360 : m) - 180
    }

    /// `d mod 360` in [0, 360).
    public static func mod360(_ d: Double) -> Double {
        let m = d - 360 * (d / 360).rounded(.down)
        return m >= 360 || m < 0 ? 0 : m
    }

    /// Unwraps angles in degrees: whenever consecutive values jump by more
    /// than 180°, ±360° is added to all following values.
    public static func unwrapDegrees(_ xs: [Double]) -> [Double] {
        var out = xs
        guard out.count > 1 else { return out }
        var offset = 0.0
        var prev = xs[0]
        for i in 1..<xs.count {
            let raw = xs[i]
            let d = raw - prev
            if d > 180 { offset -= 360 * ((d + 180) / 360).rounded(.down) }
            else if d < -180 { offset += 360 * ((-d + 180) / 360).rounded(.down) }
            prev = raw
            out[i] = raw + offset
        }
        return out
    }

    /// Clamped linear interpolation (interpC): outside `xs` the end values are held.
    public static func interpC(_ x: Double, _ xs: [Double], _ ys: [Double]) -> Double {
        precondition(xs.count == ys.count && !xs.isEmpty)
        if x <= xs[0] { return ys[0] }
        if x >= xs[xs.count - 1] { return ys[ys.count - 1] }
        let i = firstIndexAtLeast(xs, x)   // xs[i-1] < x ≤ xs[i]
        let x0 = xs[i - 1], x1 = xs[i]
        return ys[i - 1] + (ys[i] - ys[i - 1]) * (x - x0) / (x1 - x0)
    }

    /// Extrapolating linear interpolation (interpX) of ascending `xs` (≥ 2 strictly
    /// increasing knots) at ascending query points `at`. Outside the range the first/last
    /// segment's line continues.
    public static func interpX(_ at: some Collection<Double>, _ xs: [Double], _ ys: [Double]) -> [Double] {
        precondition(xs.count == ys.count && xs.count >= 2)
        var out = [Double]()
        out.reserveCapacity(at.count)
        var seg = 0
        let last = xs.count - 2
        for x in at {
            while seg < last && xs[seg + 1] <= x { seg += 1 }
            let x0 = xs[seg], x1 = xs[seg + 1]
            out.append(ys[seg] + (ys[seg + 1] - ys[seg]) * ((x - x0) / (x1 - x0)))
        }
        return out
    }

    /// Centred moving average over `window` samples (made odd). Edges and gaps average
    /// the finite samples available; a window without any finite sample gives NaN.
    public static func centredMovingAverage(_ xs: [Double], window: Int) -> [Double] {
        let n = xs.count
        let half = max(0, window / 2)
        guard half > 0, n > 1 else { return xs }
        var sum = [Double](repeating: 0, count: n + 1)
        var cnt = [Int](repeating: 0, count: n + 1)
        for i in 0..<n {
            let finite = xs[i].isFinite
            sum[i + 1] = sum[i] + (finite ? xs[i] : 0)
            cnt[i + 1] = cnt[i] + (finite ? 1 : 0)
        }
        var out = [Double](repeating: .nan, count: n)
        for i in 0..<n {
            let lo = max(0, i - half), hi = min(n - 1, i + half)
            let c = cnt[hi + 1] - cnt[lo]
            if c > 0 { out[i] = (sum[hi + 1] - sum[lo]) / Double(c) }
        }
        return out
    }
}

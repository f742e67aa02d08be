import Foundation

/// The analyses' helpers: selection, smoothing, fits and interpolation of arrays (see also `Numerics`).
extension Numerics {
    /// `x` when finite, else `nil` (so JSON never carries NaN or ±Infinity).
    @inline(__always) public static func finite(_ x: Double?) -> Double? {
        guard let x, x.isFinite else { return nil }
        return x
    }

    /// Round when finite, else `nil`.
    static func rounded(_ x: Double?, _ digits: Int) -> Double? {
        finite(x).map { Numerics.round($0, digits) }
    }

    /// Index of the first minimum of `xs[range]`.
    static func argmin(_ xs: [Double], _ range: Range<Int>) -> Int {
        var best = range.lowerBound
        for i in range where xs[i] < xs[best] { best = i }
        return best
    }

    /// Index of the first maximum of `xs[range]`.
    static func argmax(_ xs: [Double], _ range: Range<Int>) -> Int {
        var best = range.lowerBound
        for i in range where xs[i] > xs[best] { best = i }
        return best
    }

    /// Widest kernel half-width `gaussianSmooth` allocates (8 MB of weights); far above any σ the analyses use.
    static let maxKernelHalfWidth = 500_000

    /// Gaussian smoothing with standard deviation `sigma` samples (kernel truncated at ±3σ,
    /// renormalised at the ends). `circular` wraps around (a closed lap).
    static func gaussianSmooth(_ xs: [Double], sigma: Double, circular: Bool = false) -> [Double] {
        let n = xs.count
        guard n > 1, sigma > 0 else { return xs }
        let half = Numerics.clampedInt(3 * sigma, 1...Self.maxKernelHalfWidth, rounding: .up)
        var kernel = [Double](repeating: 0, count: 2 * half + 1)
        for k in -half...half { kernel[k + half] = exp(-0.5 * Double(k * k) / (sigma * sigma)) }
        var out = [Double](repeating: 0, count: n)
        xs.withUnsafeBufferPointer { x in
            kernel.withUnsafeBufferPointer { w in
                for i in 0..<n {
                    var s = 0.0, ws = 0.0
                    if circular || (i >= half && i + half < n) {
                        for k in -half...half {
                            var j = i + k
                            if j < 0 { j += n } else if j >= n { j -= n }
                            if j < 0 || j >= n { continue }
                            s += w[k + half] * x[j]
                            ws += w[k + half]
                        }
                    } else {
                        for k in max(-half, -i)...min(half, n - 1 - i) {
                            s += w[k + half] * x[i + k]
                            ws += w[k + half]
                        }
                    }
                    out[i] = ws > 0 ? s / ws : x[i]
                }
            }
        }
        return out
    }

    /// OLS fit y = slope·x + intercept and R² (0 when SS_tot = 0); `nil` with < 2 points or
    /// constant x.
    static func lineFit(_ x: [Double], _ y: [Double]) -> (slope: Double, intercept: Double, r2: Double)? {
        let n = x.count
        guard n >= 2, y.count == n else { return nil }
        let mx = x.reduce(0, +) / Double(n), my = y.reduce(0, +) / Double(n)
        var sxx = 0.0, sxy = 0.0
        for i in 0..<n {
            sxx += (x[i] - mx) * (x[i] - mx)
            sxy += (x[i] - mx) * (y[i] - my)
        }
        guard sxx > 0 else { return nil }
        let slope = sxy / sxx, intercept = my - slope * mx
        return (slope, intercept, rSquared(x, y, slope, intercept))
    }

    /// R² of y against slope·x + intercept; 0 when SS_tot = 0.
    static func rSquared(_ x: [Double], _ y: [Double], _ slope: Double, _ intercept: Double) -> Double {
        let my = y.reduce(0, +) / Double(max(1, y.count))
        var ssRes = 0.0, ssTot = 0.0
        for i in y.indices {
            let r = y[i] - (slope * x[i] + intercept)
            ssRes += r * r
            ssTot += (y[i] - my) * (y[i] - my)
        }
        return ssTot == 0 ? 0 : 1 - ssRes / ssTot
    }

    /// interpC of every query point (ascending or not) against ascending `xs`.
    static func interpC(_ at: [Double], _ xs: [Double], _ ys: [Double]) -> [Double] {
        at.map { Numerics.interpC($0, xs, ys) }
    }

    /// interpC of an ascending query array (linear merge, O(n + m)).
    static func interpCSorted(_ at: some Collection<Double>, _ xs: [Double], _ ys: [Double]) -> [Double] {
        precondition(xs.count == ys.count && !xs.isEmpty)
        var out = [Double]()
        out.reserveCapacity(at.count)
        var seg = 0
        let n = xs.count
        for x in at {
            if x <= xs[0] { out.append(ys[0]); continue }
            if x >= xs[n - 1] { out.append(ys[n - 1]); continue }
            while seg + 1 < n && xs[seg + 1] < x { seg += 1 }
            // xs[seg] < x ≤ xs[seg+1]
            let x0 = xs[seg], x1 = xs[seg + 1]
            out.append(x1 == x0 ? ys[seg + 1] : ys[seg] + (ys[seg + 1] - ys[seg]) * (x - x0) / (x1 - x0))
        }
        return out
    }
}

extension Numerics {
    /// Percentile (linear between order statistics, §1.2) by selection, O(n); reorders `xs`.
    static func percentileSelect(_ xs: inout [Double], _ p: Double) -> Double {
        let n = xs.count
        guard n > 0 else { return .nan }
        let rank = p / 100 * Double(n - 1)
        let lo = Numerics.clampedInt(rank, 0...(n - 1), rounding: .down)
        let hi = Numerics.clampedInt(rank, 0...(n - 1), rounding: .up)
        let a = select(&xs, lo)
        if hi == lo { return a }
        // The next order statistic = minimum of the part above lo.
        var b = Double.infinity
        for i in (lo + 1)..<n where xs[i] < b { b = xs[i] }
        return a + (b - a) * (rank - Double(lo))
    }

    /// k-th smallest (0-based) by iterative quickselect (median-of-three pivots); afterwards
    /// xs[..<k] ≤ xs[k] ≤ xs[(k+1)...].
    static func select(_ xs: inout [Double], _ k: Int) -> Double {
        var lo = 0, hi = xs.count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if xs[mid] < xs[lo] { xs.swapAt(mid, lo) }
            if xs[hi] < xs[lo] { xs.swapAt(hi, lo) }
            if xs[hi] < xs[mid] { xs.swapAt(hi, mid) }
            let pivot = xs[mid]
            var i = lo, j = hi
            while i <= j {
                while xs[i] < pivot { i += 1 }
                while xs[j] > pivot { j -= 1 }
                if i <= j { xs.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { break }
        }
        return xs[k]
    }
}

extension ResampledLap {
    /// The distance grid as an array.
    var distanceArray: [Double] { Array(distance) }
}


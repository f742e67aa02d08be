import TelemetryCore

/// Small statistics the facts use (population standard deviation, median, robust spread), `nil` on empty input.
enum RobustStats {
    static func median(_ xs: [Double]) -> Double? { Numerics.median(xs.filter(\.isFinite)) }

    static func std(_ xs: [Double]) -> Double? {
        let f = xs.filter(\.isFinite)
        return f.count >= 2 ? Numerics.std(f) : nil
    }

    /// 1.4826 × the median absolute deviation: a standard deviation that one outlying lap does not inflate.
    static func robustSigma(_ xs: [Double]) -> Double? {
        guard let m = median(xs) else { return nil }
        return median(xs.map { abs($0 - m) }).map { 1.4826 * $0 }
    }
}

/// Axis ticks at round values: steps of 1, 2, 2.5 or 5 × 10ⁿ.
enum ChartTicks {
    /// The round step nearest above `span / count`.
    static func step(span: Double, count: Int) -> Double {
        guard span.isFinite, span > 0, count > 0 else { return 1 }
        let rough = span / Double(count)
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        for factor in [1.0, 2, 2.5, 5, 10] where factor * magnitude >= rough { return factor * magnitude }
        return 10 * magnitude
    }

    /// Multiples of `step` from `low` to `high` inclusive.
    static func values(from low: Double, to high: Double, step: Double) -> [Double] {
        guard step > 0, high >= low else { return [] }
        let first = (low / step).rounded(.up), last = (high / step + 1e-9).rounded(.down)
        guard last - first < 1000 else { return [] }
        return stride(from: first, through: last, by: 1).map { $0 * step }
    }
}

import Foundation

/// Precipitation as intervals of known amount, queried over any span (an interval's amount is taken as falling
/// evenly through it).
struct RainfallTimeline: Sendable {
    struct Interval: Sendable {
        var start: Date
        var end: Date
        var millimetres: Double
    }

    /// Valid intervals (finite, non-negative amounts), sorted by start.
    let intervals: [Interval]

    /// More than this in one interval is not rain but a broken value (the heaviest hour on record is about 300 mm).
    static let implausibleMm = 500.0

    /// The intervals of `samples`, each the `length` seconds ending at its time; unknown, negative, non-finite or
    /// implausible amounts are left out (a gap), and so is a sample repeating the time of an earlier one.
    init(_ samples: [PrecipitationSample], length: TimeInterval) {
        var seen = Set<Date>()
        intervals = samples.compactMap { sample -> Interval? in
            guard let amount = sample.millimetres, amount.isFinite, amount >= 0, amount < Self.implausibleMm,
                  sample.time.timeIntervalSince1970.isFinite,
                  seen.insert(sample.time).inserted else { return nil }
            return Interval(start: sample.time.addingTimeInterval(-length), end: sample.time, millimetres: amount)
        }
        .sorted { $0.start < $1.start }
    }

    /// The precipitation between `start` and `end`, mm; nil unless the intervals cover the whole span.
    func amount(from start: Date, to end: Date) -> Double? {
        let span = end.timeIntervalSince(start)
        guard span > 0 else { return nil }
        var total = 0.0
        var covered = 0.0
        for interval in intervals where interval.end > start && interval.start < end {
            let overlap = min(interval.end, end).timeIntervalSince(max(interval.start, start))
            let length = interval.end.timeIntervalSince(interval.start)
            guard overlap > 0, length > 0 else { continue }
            covered += overlap
            total += interval.millimetres * overlap / length
        }
        return covered >= span - 1 ? total : nil
    }
}

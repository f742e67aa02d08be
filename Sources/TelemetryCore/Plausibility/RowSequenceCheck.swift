/// The checks that need a row's neighbours, run on the filtered rows in elapsed-time order: repeated elapsed
/// times, timestamps that jump back for one row, and cumulative-distance steps the speeds cannot explain.
///
/// A distance step that is implausible is told apart by the next row: when the row after it is plausible
/// against the last kept row, the row was a spike and is dropped; when the jump persists (the next row is
/// plausible against this one, not against the last kept row), the logger's distance moved by an offset: the
/// row is kept and every later distance is re-based so that the step equals the speeds' estimate.
/// The first row has no predecessor, so it is dropped when it is a spike against the rows after it.
public enum RowSequenceCheck {
    /// Which rows to keep, the re-based distance of every row, and what was dropped.
    public struct Outcome: Sendable {
        /// Indices of the kept rows, ascending.
        public var kept: [Int]
        /// Distance of every input row after re-basing (meaningful at the kept indices).
        public var distance: [Double]
        /// Drops by reason (only `timeOrder`, `distanceStep` and `distanceJumpsRebased` are counted here).
        public var counts: ImplausibleRows
    }

    /// Runs the checks. All arrays have the same length; values are finite (incomplete rows are gone).
    public static func check(elapsed: [Double], timestamp: [Double], distance: [Double], speed: [Double],
                             accuracy: [Double]) -> Outcome {
        let n = elapsed.count
        var counts = ImplausibleRows()
        var kept: [Int] = []
        kept.reserveCapacity(n)
        var rebased = distance
        var offset = 0.0

        func accuracyOf(_ i: Int) -> Double { accuracy[i].isFinite ? max(0, accuracy[i]) : AnalysisConstants.maxAccuracyM }
        /// Whether the raw distance step from row `a` to row `b` (b after a) is plausible.
        func plausible(_ a: Int, _ b: Int) -> Bool {
            let dt = max(0, elapsed[b] - elapsed[a])
            let step = distance[b] - distance[a]
            let slack = PhysicalBounds.maxDistanceStep(dt: dt, speedA: speed[a], speedB: speed[b],
                                                       accuracyA: accuracyOf(a), accuracyB: accuracyOf(b))
            let backwards = PhysicalBounds.accuracySigmas * (accuracyOf(a) + accuracyOf(b))
            return step >= -backwards && step <= slack
        }

        var i = 0
        while i < n {
            defer { i += 1 }
            guard let a = kept.last else {
                // First row: a spike when it disagrees with the next row while the next two agree.
                if i + 2 < n, !plausible(i, i + 1), plausible(i + 1, i + 2) {
                    counts.count(.distanceStep)
                    continue
                }
                kept.append(i)
                continue
            }
            guard elapsed[i] > elapsed[a] else { counts.count(.timeOrder); continue }
            if timestamp[i] < timestamp[a], i + 1 >= n || timestamp[i + 1] >= timestamp[a] {
                counts.count(.timeOrder)
                continue
            }
            if plausible(a, i) {
                if offset != 0 { rebased[i] = distance[i] - offset }   // no copy of the column until a jump
                kept.append(i)
                continue
            }
            let persists = i + 1 < n && plausible(i, i + 1) && !plausible(a, i + 1)
            guard persists else { counts.count(.distanceStep); continue }
            let dt = elapsed[i] - elapsed[a]
            let estimate = (speed[a] + speed[i]) / 2 * dt
            let newOffset = offset + (distance[i] - offset) - (rebased[a] + estimate)
            guard newOffset.isFinite, (distance[i] - newOffset).isFinite else { counts.count(.distanceStep); continue }
            offset = newOffset
            rebased[i] = distance[i] - offset
            counts.distanceJumpsRebased += 1
            kept.append(i)
        }
        return Outcome(kept: kept, distance: rebased, counts: counts)
    }
}

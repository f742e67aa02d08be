/// A lap timed between two interpolated start/finish crossings.
public struct TimedLap: Sendable, Equatable {
    /// RaceChrono lap number.
    public var lapNumber: Int
    /// Filtered rows strictly inside the lap: `start.rowAfter ..< end.rowAfter`.
    public var rows: Range<Int>
    /// Crossing that opens the lap.
    public var start: GateCrossing
    /// Crossing that closes the lap.
    public var end: GateCrossing

    /// Time between the two crossings (s).
    public var lapTime: Double { end.elapsedTime - start.elapsedTime }
    /// Cumulative distance between the two crossings (m).
    public var lapDistance: Double { end.distance - start.distance }
}

/// Laps found in one session.
public struct LapSplit: Sendable {
    /// Estimated start/finish gate (`nil` when it could not be estimated; crossings then fall back to midpoints).
    public var gate: StartFinishGate?
    /// Timed laps, ascending lap number.
    public var timedLaps: [TimedLap]
    /// Numbered laps without an opening or a closing crossing, ascending: the in-lap (its
    /// number stays until the file ends in the pit lane) and a lap already running when the
    /// recording started. These are the session's in/out laps; they are not timed.
    public var untimedLaps: [Int]
}

/// Splits the filtered rows into laps by RaceChrono's `lap_number` (analysis.md §3.1),
/// timing each lap between interpolated crossings of the estimated start/finish gate
/// instead of first-to-last row.
///
/// A lap-number change into a number marks a crossing. A lap is timed when it is opened by
/// such a change and closed by the next one; laps with fewer than 10 rows (§3.1) or longer than
/// `PhysicalBounds.maxLapDistanceM` are dropped; a lap number seen a second time is ignored; rows without a number inside a lap
/// belong to it.
public enum LapSplitter {
    typealias Segment = (start: Int, lap: Int?)

    /// Rows without a lap number between two runs of the same number (a logging glitch)
    /// belong to that lap: `[4][–][4]` becomes `[4]`.
    static func closingGaps(_ segments: [Segment]) -> [Segment] {
        var merged: [Segment] = []
        var k = 0
        while k < segments.count {
            if segments[k].lap == nil, let previous = merged.last?.lap, k + 1 < segments.count,
               segments[k + 1].lap == previous {
                k += 2
                continue
            }
            merged.append(segments[k])
            k += 1
        }
        return merged
    }

    /// Splits `ch` into laps.
    public static func split(_ ch: TelemetryChannels) throws(CSVFormatError) -> LapSplit {
        let laps = ch.lapNumber
        let n = laps.count
        // Segments of equal lap number (NaN = no number).
        var segments: [Segment] = []
        var i = 0
        while i < n {
            let v = laps[i]
            var j = i + 1
            if v.isNaN { while j < n && laps[j].isNaN { j += 1 } } else { while j < n && laps[j] == v { j += 1 } }
            segments.append((i, v.isNaN ? nil : Int(exactly: v)))
            i = j
        }
        guard segments.contains(where: { $0.lap != nil }) else { throw .noLaps }
        segments = closingGaps(segments)

        // Changes into a number (a crossing each).
        let changes = segments.filter { $0.start >= 1 && $0.lap != nil }.map(\.start)
        let gate = GateCrossingFinder.estimateGate(ch, changes: changes)
        var crossingAt: [Int: GateCrossing] = [:]
        for c in changes { crossingAt[c] = GateCrossingFinder.crossing(near: c, gate: gate, ch) }

        var timed: [TimedLap] = []
        var untimed: [Int] = []
        var seen = Set<Int>()
        for (k, seg) in segments.enumerated() {
            guard let lap = seg.lap, seen.insert(lap).inserted else { continue }
            let next = k + 1 < segments.count ? segments[k + 1] : nil
            guard let open = crossingAt[seg.start], let nextSeg = next, nextSeg.lap != nil,
                  let close = crossingAt[nextSeg.start] else {
                untimed.append(lap)
                continue
            }
            let rows = open.rowAfter..<max(open.rowAfter, close.rowAfter)
            guard rows.count >= AnalysisConstants.minLapRows,
                  close.distance - open.distance <= PhysicalBounds.maxLapDistanceM else { continue }
            timed.append(TimedLap(lapNumber: lap, rows: rows, start: open, end: close))
        }
        guard !timed.isEmpty else {
            throw .noTimedLaps(lapNumbers: Set(segments.compactMap(\.lap)).sorted())
        }
        return LapSplit(gate: gate, timedLaps: timed.sorted { $0.lapNumber < $1.lapNumber },
                        untimedLaps: untimed.sorted())
    }
}

import Foundation

/// Corner line profiles of client-extras.md §8.2 (pure: traces and best-lap corners in, profiles out).
public enum LineProfiles {
    /// Gap (m) beyond which the straight after (type A) or before (type B) a corner counts as long.
    public static let longStraightM = 150.0
    /// Offset (m) beyond which entry or exit counts as off line.
    public static let offLineM = 0.8

    /// Grid index of a distance (int(distance / 0.7)).
    static func gridIndex(_ d: Double) -> Int { Int(d / AnalysisConstants.resampleStep) }

    /// Index range of a corner on a reference of length `l`: start s, apex a, end e (exclusive).
    static func window(_ c: Corner, length l: Int) -> (s: Int, a: Int, e: Int) {
        let s = min(max(gridIndex(c.entryDistanceM), 0), l - 1)
        let e = max(s + 1, min(gridIndex(c.exitDistanceM), l))
        let a = max(s, min(gridIndex(c.apexDistanceM), e - 1))
        return (s, a, e)
    }

    /// −1 for a left-hand corner, else 1 (recommendation of §8.4).
    static func sign(_ c: Corner) -> Double { c.direction?.lowercased() == "left" ? -1 : 1 }

    static func lineErrorType(fraction: Double, entry: Double, exit: Double) -> String {
        if fraction < 0.40 { return "early_apex" }
        if fraction > 0.65 { return "late_apex" }
        if abs(entry) > offLineM { return entry > 0 ? "wide_entry" : "tight_entry" }
        if abs(exit) > offLineM { return exit < 0 ? "pinched_exit" : "wide_exit" }
        return "good_line"
    }

    static func severity(fraction: Double, entry: Double, exit: Double) -> String {
        let dev = max(4 * abs(fraction - 0.55), abs(entry), abs(exit))
        return dev < 0.5 ? "minor" : dev < 1.5 ? "moderate" : "major"
    }

    static func consistencyTier(_ sd: Double) -> String {
        sd < 0.3 ? "expert" : sd < 0.7 ? "consistent" : sd < 1.5 ? "developing" : "novice"
    }

    /// Allen Berg type and the straight after, looking neighbours up by position `number − 1`.
    static func allenBerg(_ c: Corner, in corners: [Corner]) -> (type: String, straightAfter: Double) {
        let k = c.number - 1
        guard corners.indices.contains(k) else { return ("C", 0) }
        let gapNext = k + 1 < corners.count ? corners[k + 1].entryDistanceM - c.exitDistanceM : 0
        if gapNext > longStraightM { return ("A", gapNext) }
        let gapPrev = k > 0 ? c.entryDistanceM - corners[k - 1].exitDistanceM : 0
        return (gapPrev > longStraightM ? "B" : "C", gapNext)
    }

    struct LapMetrics { var lap: Int; var segmentTime: Double; var exitSpeed: Double; var entry: Double; var apex: Double; var exit: Double }

    /// Segment time and exit speed of one lap through a corner; nil when the corner is outside the lap's distances.
    static func metrics(_ lap: LineLapInput, corner c: Corner) -> (segmentTime: Double, exitSpeed: Double)? {
        let d = lap.distance, n = d.count
        guard n > 0, let first = d.first, let last = d.last, c.entryDistanceM >= first, c.exitDistanceM <= last else { return nil }
        let t = max(0, Numerics.interpC(c.exitDistanceM, d, lap.time) - Numerics.interpC(c.entryDistanceM, d, lap.time))
        let x = min(Numerics.firstIndexAtLeast(d, c.exitDistanceM), n - 1)
        let window = Array(lap.speed[max(0, x - 2)...min(n - 1, x + 2)])
        return (Numerics.round(t, 4), Numerics.round(Numerics.mean(window) ?? 0, 3))
    }

    /// One profile per best-lap corner (in list order) from every trace's first L offsets, ranked by priority.
    public static func compute(traces: [LineModel.Trace], length l: Int, corners: [Corner]) -> [CornerLineProfile] {
        guard !traces.isEmpty, l > 0 else { return [] }
        var profiles: [CornerLineProfile] = []
        for c in corners {
            let (s, a, e) = window(c, length: l)
            let flip = sign(c)
            var entries: [Double] = [], apexes: [Double] = [], exits: [Double] = [], fractions: [Double] = []
            var metrics: [LapMetrics] = []
            for trace in traces where trace.offsets.count >= e {
                let o = trace.offsets[s..<e].map { flip * $0 }
                entries.append(o[0])
                apexes.append(o[a - s])
                exits.append(o[e - s - 1])
                fractions.append(Double(Numerics.argmin(o, 0..<o.count)) / Double(max(e - s - 1, 1)))
                if let m = Self.metrics(trace.lap, corner: c) {
                    metrics.append(LapMetrics(lap: trace.lap.lapNumber, segmentTime: m.segmentTime, exitSpeed: m.exitSpeed,
                                              entry: o[0], apex: o[a - s], exit: o[e - s - 1]))
                }
            }
            guard !entries.isEmpty else { continue }
            let entry = Numerics.median(entries) ?? 0, apex = Numerics.median(apexes) ?? 0, exit = Numerics.median(exits) ?? 0
            let fraction = Numerics.median(fractions) ?? 0
            let sd = apexes.count > 1 ? Numerics.std(apexes) ?? 0 : 0
            let (type, straight) = allenBerg(c, in: corners)
            var p = CornerLineProfile(
                cornerNumber: c.number, nLaps: entries.count, dEntryMedian: Numerics.round(entry, 2),
                dApexMedian: Numerics.round(apex, 2), dExitMedian: Numerics.round(exit, 2),
                apexFractionMedian: Numerics.round(fraction, 3), dApexSd: Numerics.round(sd, 3),
                lineErrorType: lineErrorType(fraction: fraction, entry: entry, exit: exit),
                severity: severity(fraction: fraction, entry: entry, exit: exit), consistencyTier: consistencyTier(sd),
                allenBergType: type, straightAfterM: Numerics.round(straight, 1), priorityRank: 0,
                bestLapNumber: nil, bestExitSpeedMps: nil, bestSegmentTimeS: nil, bestRankingMethod: nil,
                bestDEntry: nil, bestDApex: nil, bestDExit: nil, medianSegmentTimeS: nil, medianExitSpeedMps: nil)
            if metrics.count >= LineModel.minimumLaps {
                var best = metrics[0]
                for m in metrics.dropFirst() {
                    if type == "A" ? m.exitSpeed > best.exitSpeed : m.segmentTime < best.segmentTime { best = m }
                }
                p.bestLapNumber = best.lap
                p.bestExitSpeedMps = best.exitSpeed
                p.bestSegmentTimeS = best.segmentTime
                p.bestRankingMethod = type == "A" ? "exit_speed" : "segment_time"
                p.bestDEntry = Numerics.round(best.entry, 2)
                p.bestDApex = Numerics.round(best.apex, 2)
                p.bestDExit = Numerics.round(best.exit, 2)
                p.medianSegmentTimeS = Numerics.round(Numerics.median(metrics.map(\.segmentTime)) ?? 0, 4)
                p.medianExitSpeedMps = Numerics.round(Numerics.median(metrics.map(\.exitSpeed)) ?? 0, 3)
            }
            profiles.append(p)
        }
        let order = profiles.indices.sorted { i, j in
            let a = profiles[i], b = profiles[j]
            if a.allenBergType != b.allenBergType { return a.allenBergType < b.allenBergType }
            if a.straightAfterM != b.straightAfterM { return a.straightAfterM > b.straightAfterM }
            return i < j
        }
        for (rank, i) in order.enumerated() { profiles[i].priorityRank = rank + 1 }
        return profiles
    }
}

/// Outlier-long and short lap filter (analysis.md §3.2), on crossing-to-crossing distances.
public enum LapFilter {
    /// Keeps the laps §3.2 keeps. With fewer than 2 laps nothing is filtered.
    /// Throws `allLapsFiltered` when nothing remains.
    public static func filter(_ laps: [TimedLap]) throws(CSVFormatError) -> [TimedLap] {
        guard laps.count >= 2 else { return laps }
        let distances = laps.map(\.lapDistance)
        let med = Numerics.median(distances)!
        var kept = laps.filter { $0.lapDistance <= AnalysisConstants.maxLapDistanceRatio * med }
        if kept.isEmpty { return laps }
        let ref = kept.map(\.lapDistance).max()!
        kept = kept.filter { $0.lapDistance >= AnalysisConstants.minLapFraction * ref }
        guard !kept.isEmpty else { throw .allLapsFiltered }
        return kept
    }
}

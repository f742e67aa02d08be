/// Anomalous laps (§3.5) and coaching laps (§3.6). Pure functions.
public enum LapClassification {
    /// Laps slower than 1.5 × the median lap time, or (with ≥ 3 laps) slower than
    /// median + 2·IQR; never the best lap; none with fewer than 2 laps.
    public static func anomalousLaps(_ summaries: [LapSummary], bestLap: Int?) -> Set<Int> {
        guard summaries.count >= 2 else { return [] }
        let times = summaries.map(\.lapTimeS)
        let sortedTimes = times.sorted()
        let med = Numerics.percentileOfSorted(sortedTimes, 50)!
        var bound = AnalysisConstants.maxLapTimeRatio * med
        var out = Set(summaries.filter { $0.lapTimeS > bound }.map(\.lapNumber))
        if summaries.count >= 3 {
            let q1 = Numerics.percentileOfSorted(sortedTimes, 25)!, q3 = Numerics.percentileOfSorted(sortedTimes, 75)!
            bound = med + AnalysisConstants.iqrFactor * (q3 - q1)
            out.formUnion(summaries.filter { $0.lapTimeS > bound }.map(\.lapNumber))
        }
        if let bestLap { out.remove(bestLap) }
        return out
    }

    /// Laps whose user tags include one of traffic, off-line, experimental, cold-tires.
    public static func userExcluded(_ tags: [Int: Set<String>]) -> Set<Int> {
        Set(tags.filter { !$0.value.isDisjoint(with: AnalysisConstants.excludeTags) }.keys)
    }

    /// coaching = all − anomalous − inOut − userExcluded, ascending; the best lap is added
    /// back unless it is anomalous or user-excluded.
    public static func coachingLaps(all: [Int], anomalous: Set<Int>, inOut: Set<Int>,
                                    tags: [Int: Set<String>], bestLap: Int?) -> [Int] {
        let excluded = userExcluded(tags)
        var laps = Set(all).subtracting(anomalous).subtracting(inOut).subtracting(excluded)
        if let bestLap, all.contains(bestLap), !anomalous.contains(bestLap), !excluded.contains(bestLap) {
            laps.insert(bestLap)
        }
        return laps.sorted()
    }
}

import TelemetryCore

/// Builds `CornerFacts` for every best-lap corner from the coaching laps' KPIs, the optimal profile and the gains.
enum CornerFactsBuilder {
    /// What every corner reads from the session.
    struct Inputs {
        var bestLapCorners: [Corner]
        /// Coaching lap → its corners.
        var lapCorners: [Int: [Corner]]
        var laps: [Int: ResampledLap]
        var bestLap: Int
        var optimal: OptimalProfileResponse?
        /// Corner segment `T<n>` → average-minus-best gain (s).
        var segmentGains: [String: Double]
        var consistency: [Int: CornerConsistency]
    }

    static func build(_ inputs: Inputs) -> [CornerFacts] {
        var out: [CornerFacts] = []
        var previousOptimalApex: Double? = nil
        let best = inputs.laps[inputs.bestLap]
        for corner in inputs.bestLapCorners {
            let optimal = inputs.optimal.flatMap {
                OptimalCorner.make($0, entryM: corner.entryDistanceM, apexM: corner.apexDistanceM, exitM: corner.exitDistanceM,
                                   previousApexM: previousOptimalApex)
            }
            previousOptimalApex = optimal?.apexM ?? corner.apexDistanceM
            out.append(facts(corner, inputs: inputs, best: best, optimal: optimal))
        }
        return out
    }

    /// One corner's facts (numbers rounded to what a coach can cite).
    static func facts(_ ref: Corner, inputs: Inputs, best: ResampledLap?, optimal: OptimalCorner?) -> CornerFacts {
        let n = ref.number
        let perLap: [(lap: Int, corner: Corner)] = inputs.lapCorners.keys.sorted().compactMap { lap in
            inputs.lapCorners[lap]?.first { $0.number == n }.map { (lap, $0) }
        }
        let speeds = perLap.map { ($0.lap, $0.corner.minSpeedMps) }
        let sessionBest = speeds.max { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) } ?? (inputs.bestLap, ref.minSpeedMps)
        let brakes = perLap.compactMap { p in p.corner.brakePointM.map { (p.lap, $0) } }
        // the latest brake point among the laps that still carried at least the median corner speed (a late brake
        // that ruined the corner is no reference)
        let medianSpeed = RobustStats.median(speeds.map(\.1)) ?? ref.minSpeedMps
        let carried = Set(perLap.filter { $0.corner.minSpeedMps >= medianSpeed }.map(\.lap))
        let candidates = brakes.filter { carried.contains($0.0) }
        let latest = (candidates.isEmpty ? brakes : candidates).max { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }
        let decels = perLap.compactMap { $0.corner.peakBrakeG.map { -$0 } }
        let throttles = perLap.compactMap { p in p.corner.throttleCommitM.map { (p.lap, max(0, $0 - p.corner.apexDistanceM)) } }
        let shortest = throttles.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        let brakeMedian = RobustStats.median(brakes.map(\.1))
        let trail = perLap.compactMap { p -> TrailBrakingMeasure? in
            guard let b = p.corner.brakePointM, let lap = inputs.laps[p.lap] else { return nil }
            return TrailBrakingMeasure.measure(lap, brakePointM: b, apexM: p.corner.apexDistanceM)
        }
        let segmentGain = inputs.segmentGains["T\(n)"]
        var optimalGap: Double? = nil
        if let optimal, let best, let clock = LapClock(best, length: nil, bestLength: best.lastDistance) {
            optimalGap = clock.time(from: ref.entryDistanceM, to: ref.exitDistanceM) - optimal.zoneTimeS
        }
        let cost = max(0, segmentGain ?? 0) + max(0, optimalGap ?? 0)
        let brakeSpeed = brakeMedian.flatMap { b in best.map { Numerics.interpC(max(0, b), Array($0.distance), $0.speed) } }
        return CornerFacts(
            number: n, direction: ref.direction, entryM: ref.entryDistanceM, apexM: ref.apexDistanceM, exitM: ref.exitDistanceM,
            laps: perLap.map(\.lap),
            minSpeedBestLapMps: ref.minSpeedMps, minSpeedMedianMps: medianSpeed,
            minSpeedSessionBestMps: sessionBest.1, minSpeedSessionBestLap: sessionBest.0,
            minSpeedStdMps: inputs.consistency[n].map { $0.minSpeedStdMph / AnalysisConstants.mpsToMph },
            optimalCornerSpeedMps: optimal?.cornerSpeedMps,
            brakedLaps: brakes.count, brakePointBestLapM: ref.brakePointM, brakePointMedianM: brakeMedian,
            brakePointLatestM: latest?.1, brakePointLatestLap: latest?.0,
            brakePointStdM: inputs.consistency[n]?.brakePointStdM ?? RobustStats.std(brakes.map(\.1)),
            brakingZoneM: brakeMedian.map { max(0, ref.apexDistanceM - $0) }, brakeSpeedMedianMps: brakeSpeed,
            optimalBrakePointM: optimal?.brakePointM,
            peakDecelMedianG: RobustStats.median(decels), peakDecelBestG: decels.max(),
            trailBraking: TrailBrakingMeasure.summarize(trail),
            apexToThrottleBestLapM: ref.throttleCommitM.map { max(0, $0 - ref.apexDistanceM) },
            apexToThrottleMedianM: RobustStats.median(throttles.map(\.1)),
            apexToThrottleShortestM: shortest?.1, apexToThrottleShortestLap: shortest?.0,
            optimalApexToThrottleM: optimal?.apexToThrottleM,
            segmentGainS: segmentGain, optimalGapS: optimalGap, timeCostS: cost,
            consistencyScore: inputs.consistency[n]?.consistencyScore)
    }
}

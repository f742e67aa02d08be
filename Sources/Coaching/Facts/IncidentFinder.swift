import TelemetryCore

/// Finds the laps that lost time in one place.
///
/// The lap is cut into one stretch per corner, from where the best lap starts braking for it (or its entry) to where it
/// starts braking for the next one; the stretch before the first corner belongs to the last (its exit straight). A
/// lap's time in a stretch is compared with the median over the coaching laps; it stands out when the excess is more
/// than `sigmas` robust standard deviations of that stretch over the coaching laps and more than `shareOfStretch` of the
/// stretch's median time. Every anomalous lap is an incident; another lap is one when a stretch stands out. When the
/// lap's slowest speed through the previous corner is below every other coaching lap's, the loss starts there.
enum IncidentFinder {
    static let sigmas = 4.0
    static let shareOfStretch = 0.03

    struct Inputs {
        var corners: [Corner]
        var laps: [Int: ResampledLap]
        /// Lap number → (crossing-to-crossing distance, lap time).
        var ends: [Int: (distance: Double, time: Double)]
        var bestLap: Int
        var coachingLaps: [Int]
        var anomalousLaps: Set<Int>
    }

    static func find(_ inputs: Inputs) -> [LapIncident] {
        guard let best = inputs.laps[inputs.bestLap] else { return [] }
        let bestLength = inputs.ends[inputs.bestLap]?.distance ?? best.lastDistance
        let lapNumbers = inputs.laps.keys.sorted()
        var clocks: [Int: LapClock] = [:]
        for n in lapNumbers {
            if let lap = inputs.laps[n], let c = LapClock(lap, length: inputs.ends[n]?.distance, bestLength: bestLength) { clocks[n] = c }
        }
        let times = lapNumbers.compactMap { n in inputs.ends[n].map { (n, $0.time) } }
        let coachingTimes = times.filter { inputs.coachingLaps.contains($0.0) }.map(\.1)
        guard let medianLap = RobustStats.median(coachingTimes) else { return [] }
        let stretches = stretches(inputs.corners, length: best.lastDistance)
        // stretch times per lap: corner number → time
        var stretchTimes: [Int: [Int: Double]] = [:]
        for (n, clock) in clocks {
            var t: [Int: Double] = [:]
            for s in stretches { t[s.corner, default: 0] += clock.time(from: s.from, to: s.to) }
            stretchTimes[n] = t
        }
        var incidents: [LapIncident] = []
        for (lap, lapTime) in times where lap != inputs.bestLap {
            let anomalous = inputs.anomalousLaps.contains(lap)
            var worst: (corner: Int, excess: Double)? = nil
            for c in inputs.corners.map(\.number) {
                let others = inputs.coachingLaps.filter { $0 != lap }.compactMap { stretchTimes[$0]?[c] }
                guard others.count >= 2, let mine = stretchTimes[lap]?[c], let med = RobustStats.median(others),
                      let sigma = RobustStats.robustSigma(others) else { continue }
                let excess = mine - med
                guard excess > max(sigmas * sigma, shareOfStretch * med) else { continue }
                if worst == nil || excess > worst!.excess { worst = (c, excess) }
            }
            guard anomalous || worst != nil else { continue }
            var incident = LapIncident(lap: lap, lapTimeS: Numerics.round(lapTime, 3),
                                       lostToMedianS: Numerics.round(lapTime - medianLap, 3), anomalous: anomalous,
                                       corner: worst?.corner, cornerLossS: worst.map { Numerics.round($0.excess, 3) })
            if let c = worst?.corner, let i = inputs.corners.firstIndex(where: { $0.number == c }), i > 0 {
                let prev = inputs.corners[i - 1]
                let others = inputs.coachingLaps.filter { $0 != lap }.compactMap { n in
                    inputs.laps[n].flatMap { minSpeed($0, clock: clocks[n], from: prev.entryDistanceM, to: prev.exitDistanceM) }
                }
                if let mine = inputs.laps[lap].flatMap({ minSpeed($0, clock: clocks[lap], from: prev.entryDistanceM, to: prev.exitDistanceM) }),
                   let slowestOther = others.min(), others.count >= 2, mine < slowestOther {
                    incident.startCorner = prev.number
                    incident.startCornerMinSpeedMps = Numerics.round(mine, 2)
                    incident.startCornerOthersMinSpeedMps = Numerics.round(slowestOther, 2)
                }
            }
            incidents.append(incident)
        }
        return incidents.sorted { $0.lap < $1.lap }
    }

    /// The lap's slowest speed between best-lap distances `from` and `to` (scaled like its clock).
    static func minSpeed(_ lap: ResampledLap, clock: LapClock?, from: Double, to: Double) -> Double? {
        let scale = clock?.scale ?? 1
        let step = lap.distance.step
        let lo = Numerics.clampedInt(from * scale / step, 0...(lap.count - 1))
        let hi = Numerics.clampedInt(to * scale / step, 0...(lap.count - 1))
        guard hi > lo else { return nil }
        return lap.speed[lo...hi].filter(\.isFinite).min()
    }

    /// One stretch (or two, for the last corner) per corner.
    static func stretches(_ corners: [Corner], length: Double) -> [(corner: Int, from: Double, to: Double)] {
        guard !corners.isEmpty else { return [] }
        let starts = corners.map { max(0, min($0.entryDistanceM, $0.brakePointM ?? $0.entryDistanceM)) }
        var out: [(corner: Int, from: Double, to: Double)] = []
        for (i, c) in corners.enumerated() {
            let end = i + 1 < corners.count ? max(starts[i], starts[i + 1]) : length
            out.append((c.number, starts[i], end))
        }
        if let last = corners.last, starts[0] > 0 { out.append((last.number, 0, starts[0])) }
        return out
    }
}

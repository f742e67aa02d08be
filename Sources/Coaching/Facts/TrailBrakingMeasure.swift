import TelemetryCore

/// Trail braking on one lap through one corner: deceleration carried while lateral g builds.
///
/// Between the lap's brake point and its apex, |lateral g| rises from its lowest value before the peak (the straight,
/// or the transition from the previous corner) to its peak; turn-in is where it first has risen by `turnInShare` of that
/// rise and loading where it has risen by `loadedShare`. The overlap is the share of that build-up where the car still
/// decelerates by at least `brakingG`.
struct TrailBrakingMeasure: Equatable {
    /// Share of the build-up still braking (0…1).
    var overlap: Double
    /// Deceleration at turn-in (g, ≥ 0).
    var decelAtTurnInG: Double
    /// Length of the build-up (m).
    var buildUpM: Double

    static let turnInShare = 0.3
    static let loadedShare = 0.8
    static let brakingG = 0.1

    /// `nil` without both g channels, without a brake point before the apex, or with no lateral g to speak of.
    static func measure(_ lap: ResampledLap, brakePointM: Double, apexM: Double) -> TrailBrakingMeasure? {
        guard let lat = lap.lateralG, let lon = lap.longitudinalG, lap.count >= 2 else { return nil }
        let step = lap.distance.step
        let b = Numerics.clampedInt(brakePointM / step, 0...(lap.count - 1))
        let a = Numerics.clampedInt(apexM / step, 0...(lap.count - 1))
        guard a - b >= 3 else { return nil }
        var peakIdx = b
        for i in b...a where lat[i].isFinite && abs(lat[i]) > abs(lat[peakIdx]) || !lat[peakIdx].isFinite { peakIdx = i }
        var lowIdx = b
        for i in b...peakIdx where lat[i].isFinite && abs(lat[i]) < abs(lat[lowIdx]) || !lat[lowIdx].isFinite { lowIdx = i }
        let peak = abs(lat[peakIdx]), low = abs(lat[lowIdx])
        guard peak.isFinite, low.isFinite, peak - low >= brakingG else { return nil }
        let rise = peak - low
        guard let turnIn = (lowIdx...peakIdx).first(where: { lat[$0].isFinite && abs(lat[$0]) >= low + turnInShare * rise })
        else { return nil }
        let loaded = (turnIn...peakIdx).first(where: { lat[$0].isFinite && abs(lat[$0]) >= low + loadedShare * rise }) ?? peakIdx
        let phase = turnIn...loaded
        let braking = phase.filter { lon[$0].isFinite && lon[$0] <= -brakingG }.count
        let atTurnIn = lon[turnIn].isFinite ? max(0, -lon[turnIn]) : 0
        return TrailBrakingMeasure(overlap: Double(braking) / Double(phase.count), decelAtTurnInG: atTurnIn,
                                   buildUpM: Double(loaded - turnIn) * step)
    }

    /// The per-lap measures summarised (`nil` when there are none).
    static func summarize(_ measures: [TrailBrakingMeasure]) -> TrailBrakingFacts? {
        guard !measures.isEmpty, let overlap = RobustStats.median(measures.map(\.overlap)),
              let decel = RobustStats.median(measures.map(\.decelAtTurnInG)),
              let build = RobustStats.median(measures.map(\.buildUpM)) else { return nil }
        return TrailBrakingFacts(laps: measures.count, overlapMedian: overlap,
                                 overlapBest: measures.map(\.overlap).max() ?? overlap,
                                 decelAtTurnInMedianG: decel, buildUpMedianM: build)
    }
}

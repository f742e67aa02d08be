import Foundation

/// Laps of a session without lap numbers, timed between interpolated crossings of a gate
/// (the car's path crossing the gate segment in the direction of travel).
///
/// Rows before the first crossing are the out-lap, rows after the last the in-lap (numbered
/// N + 1, untimed), as RaceChrono numbers them; laps are 1…N.
public enum GateLapSplitter {
    /// Crossings of `gate` by consecutive rows of `ch`: the gate offset along the direction of
    /// travel goes from negative to non-negative within the gate's half-width.
    public static func crossings(_ ch: TelemetryChannels, gate: LapGate) -> [GateCrossing] {
        let g = gate.startFinish
        let t = ch.elapsedTime, d = ch.distance
        var out: [GateCrossing] = []
        guard ch.count >= 2 else { return out }
        var prev = g.offset(latitude: ch.latitude[0], longitude: ch.longitude[0])
        for i in 1..<ch.count {
            let cur = g.offset(latitude: ch.latitude[i], longitude: ch.longitude[i])
            defer { prev = cur }
            // A step longer than the gate is a gap in the recording, not a crossing.
            guard prev.along < 0, cur.along >= 0, cur.along - prev.along <= 2 * gate.halfWidthM else { continue }
            let f = prev.along / (prev.along - cur.along)
            let across = prev.across + f * (cur.across - prev.across)
            guard abs(across) <= gate.halfWidthM else { continue }
            out.append(GateCrossing(rowAfter: i, fraction: f, elapsedTime: t[i - 1] + f * (t[i] - t[i - 1]),
                                    distance: d[i - 1] + f * (d[i] - d[i - 1]), isInterpolated: true))
        }
        return out
    }

    /// Laps between consecutive crossings of `gate`; `nil` without a timed lap.
    public static func split(_ ch: TelemetryChannels, gate: LapGate) -> LapSplit? {
        let cs = crossings(ch, gate: gate)
        guard cs.count >= 2 else { return nil }
        var timed: [TimedLap] = []
        for k in 1..<cs.count {
            let open = cs[k - 1], close = cs[k]
            let rows = open.rowAfter..<max(open.rowAfter, close.rowAfter)
            guard rows.count >= AnalysisConstants.minLapRows,
                  close.distance - open.distance <= PhysicalBounds.maxLapDistanceM else { continue }
            timed.append(TimedLap(lapNumber: k, rows: rows, start: open, end: close))
        }
        guard !timed.isEmpty else { return nil }
        return LapSplit(gate: gate.startFinish, timedLaps: timed, untimedLaps: [cs.count])
    }
}

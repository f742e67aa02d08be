import Foundation

/// A start/finish gate placed on the trace when neither lap numbers nor a known gate exist.
///
/// The car passes every point of the circuit once a lap. The start/finish line sits on the
/// pit straight, beside the pits, in the stretch the pit lane bypasses — so the out-lap (which
/// starts in the pits) and the in-lap (which ends there) do not cross it, and only timed laps
/// do. The gate goes on the racing trace (rows at or above the session's median speed, so not
/// the pit lane) nearest to where the recording starts (the car standing in the pits), across
/// the direction of travel there; without such a start, at the session's fastest point. It is
/// kept when its crossings come at a regular period (at least half the intervals within
/// `maxPeriodRatio` of the median).
public enum AutoGate {
    /// Crossing intervals longer than this × the median are not laps at racing pace (pit stops).
    static let maxPeriodRatio = AnalysisConstants.maxLapTimeRatio

    /// The gate, or `nil` when the trace has no regular lap.
    public static func find(_ ch: TelemetryChannels) -> LapGate? {
        let n = ch.count
        guard n >= 2 * AnalysisConstants.minLapRows else { return nil }
        var top = -1
        for i in 0..<n where ch.speed[i].isFinite && ch.latitude[i].isFinite && ch.longitude[i].isFinite
            && (top < 0 || ch.speed[i] > ch.speed[top]) { top = i }
        if let pits = (0..<n).first(where: { ch.latitude[$0].isFinite && ch.longitude[$0].isFinite }),
           let racing = Numerics.median(ch.speed.filter(\.isFinite)) {
            let k = Geo.metersPerDegree, c = cos(ch.latitude[pits] * .pi / 180)
            var best = Double.infinity
            for i in 1..<(n - 1) where ch.speed[i] >= racing && ch.latitude[i].isFinite && ch.longitude[i].isFinite {
                let dx = (ch.longitude[i] - ch.longitude[pits]) * c * k, dy = (ch.latitude[i] - ch.latitude[pits]) * k
                let r = dx * dx + dy * dy
                if r < best { best = r; top = i }
            }
        }
        // Direction of travel: the displacement across the neighbouring rows.
        let k = Geo.metersPerDegree
        let cosLat = cos(ch.latitude[top] * .pi / 180)
        let a = max(0, top - 2), b = min(n - 1, top + 2)
        let dx = (ch.longitude[b] - ch.longitude[a]) * cosLat * k, dy = (ch.latitude[b] - ch.latitude[a]) * k
        guard dx * dx + dy * dy > 0.01 else { return nil }
        let gate = LapGate(centerLatitude: ch.latitude[top], centerLongitude: ch.longitude[top],
                           directionDeg: atan2(dx, dy) * 180 / .pi)
        let cs = GateLapSplitter.crossings(ch, gate: gate)
        guard cs.count >= 2 else { return nil }
        let periods = zip(cs, cs.dropFirst()).map { $1.elapsedTime - $0.elapsedTime }
        guard let median = Numerics.median(periods), median > 0,
              periods.filter({ $0 <= maxPeriodRatio * median }).count >= max(1, periods.count / 2) else { return nil }
        return gate
    }
}

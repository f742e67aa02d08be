import Foundation

/// `GET /api/sessions/{sid}/ideal-lap` (analysis.md §7.3); `segment_sources` entries are `[segment, lap, time_s]`, the
/// triple the web client declares (the original sent pairs).
public struct IdealLapResponse: Sendable, Codable {
    public var sessionID: String
    @NumberList public var distanceM: [Double]
    @NumberList public var speedMph: [Double]
    public var segmentSources: [NameAndLap]
    /// Ideal lap time (s), used by the session score; not part of the JSON.
    public var lapTimeS: Double?
    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", distanceM = "distance_m", speedMph = "speed_mph", segmentSources = "segment_sources"
    }
}

/// Composite lap from the fastest coaching lap of every segment (analysis.md §7.3).
public enum IdealLap {
    /// `grid` = best lap distances; `traces` = coaching laps ascending; `best` = best lap's trace.
    public static func compute(grid: [Double], segments: [SegmentDefinition], traces: [LapTrace],
                               best: LapTrace) -> (speedMps: [Double], sources: [NameAndLap], lapTime: Double?) {
        var speed = [Double](repeating: 0, count: grid.count)
        var sources: [NameAndLap] = []
        for seg in segments {
            var source = best
            var bestTime = Double.infinity
            for t in traces {
                let time = Segments.time(seg, lap: t)
                if time < bestTime { bestTime = time; source = t }
            }
            sources.append(NameAndLap(seg.name, source.lapNumber, bestTime.isFinite ? bestTime : Segments.time(seg, lap: source)))
            let lo = Numerics.firstIndexAtLeast(grid, seg.entryDistanceM)
            var i = lo
            while i < grid.count && grid[i] <= seg.exitDistanceM {
                speed[i] = Numerics.interpC(grid[i], source.distance, source.speed)
                i += 1
            }
        }
        return (speed, sources, lapTime(grid: grid, speed: speed))
    }

    /// Σ Δd / mean speed over consecutive grid points (pairs with mean ≤ 0 skipped); `nil` if
    /// fewer than 2 points or not positive.
    public static func lapTime(grid: [Double], speed: [Double]) -> Double? {
        guard grid.count >= 2 else { return nil }
        var t = 0.0
        for i in 1..<grid.count {
            let v = (speed[i] + speed[i - 1]) / 2
            if v > 0 { t += (grid[i] - grid[i - 1]) / v }
        }
        return t > 0 && t.isFinite ? t : nil
    }
}

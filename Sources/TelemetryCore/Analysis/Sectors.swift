import Foundation

/// One split of a lap.
public struct SectorSplit: Sendable, Encodable {
    public var sectorName: String
    @FiniteNumber public var timeS: Double
    public var isPersonalBest: Bool
    enum CodingKeys: String, CodingKey { case sectorName = "sector_name", timeS = "time_s", isPersonalBest = "is_personal_best" }
}

/// One lap's splits.
public struct LapSplits: Sendable, Encodable {
    public var lapNumber: Int
    @FiniteNumber public var totalTimeS: Double
    public var splits: [SectorSplit]
    enum CodingKeys: String, CodingKey { case lapNumber = "lap_number", totalTimeS = "total_time_s", splits }
}

/// `GET /api/sessions/{sid}/sectors` (analysis.md §7.4).
public struct SectorsResponse: Sendable, Encodable {
    public var sessionID: String
    public var segments: [SegmentDefinition]
    public var lapSplits: [LapSplits]
    public var bestSectorTimes: [String: FiniteNumber]
    public var bestSectorLaps: [String: Int]
    @FiniteNumber public var compositeTimeS: Double
    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", segments, lapSplits = "lap_splits", bestSectorTimes = "best_sector_times"
        case bestSectorLaps = "best_sector_laps", compositeTimeS = "composite_time_s"
    }
}

/// Corner-based sector splits (analysis.md §7.4).
public enum SectorAnalysis {
    /// Splits of every coaching lap (ascending) over `segments`.
    public static func compute(sessionID: String, segments: [SegmentDefinition], traces: [LapTrace]) -> SectorsResponse {
        let times = traces.map { t in segments.map { Segments.time($0, lap: t) } }
        var bestTimes: [String: FiniteNumber] = [:], bestLaps: [String: Int] = [:]
        var bestValue = [Double](repeating: .infinity, count: segments.count)
        var bestLap = [Int](repeating: -1, count: segments.count)
        for (k, t) in traces.enumerated() {
            for j in segments.indices where times[k][j] < bestValue[j] {
                bestValue[j] = times[k][j]
                bestLap[j] = t.lapNumber
            }
        }
        for (j, seg) in segments.enumerated() where bestLap[j] >= 0 {
            bestTimes[seg.name] = FiniteNumber(wrappedValue: bestValue[j])
            bestLaps[seg.name] = bestLap[j]
        }
        let splits = traces.enumerated().map { k, t in
            LapSplits(lapNumber: t.lapNumber, totalTimeS: Numerics.round(times[k].reduce(0, +), 4),
                      splits: segments.enumerated().map { j, seg in
                          SectorSplit(sectorName: seg.name, timeS: Numerics.round(times[k][j], 4),
                                      isPersonalBest: bestLap[j] == t.lapNumber)
                      })
        }
        let composite = bestValue.filter(\.isFinite).reduce(0, +)
        return SectorsResponse(sessionID: sessionID, segments: segments, lapSplits: splits, bestSectorTimes: bestTimes,
                               bestSectorLaps: bestLaps, compositeTimeS: Numerics.round(composite, 4))
    }
}

import Foundation

/// One equal-length mini-sector.
public struct MiniSector: Sendable, Codable {
    public var index: Int
    @FiniteNumber public var entryDistanceM: Double
    @FiniteNumber public var exitDistanceM: Double
    public var gpsPoints: [NumberList]
    enum CodingKeys: String, CodingKey {
        case index, entryDistanceM = "entry_distance_m", exitDistanceM = "exit_distance_m", gpsPoints = "gps_points"
    }
}

/// One lap's mini-sector times.
public struct MiniSectorLap: Sendable, Codable {
    public var lapNumber: Int
    @NumberList public var sectorTimesS: [Double]
    @NumberList public var deltasS: [Double]
    public var classifications: [String]
    enum CodingKeys: String, CodingKey {
        case lapNumber = "lap_number", sectorTimesS = "sector_times_s", deltasS = "deltas_s", classifications
    }
}

/// `GET /api/sessions/{sid}/mini-sectors` (analysis.md §8.1).
public struct MiniSectorsResponse: Sendable, Codable {
    public var sessionID: String
    public var nSectors: Int
    public var sectors: [MiniSector]
    @NumberList public var bestSectorTimesS: [Double]
    public var bestSectorLaps: [Int]
    public var lapData: [String: MiniSectorLap]
    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", nSectors = "n_sectors", sectors, bestSectorTimesS = "best_sector_times_s"
        case bestSectorLaps = "best_sector_laps", lapData = "lap_data"
    }
}

/// Equal-distance mini-sectors (analysis.md §8.1).
public enum MiniSectorAnalysis {
    /// Smallest and largest `n_sectors`.
    public static let range = 3...100

    /// `best` = best resampled lap (grid, positions); `traces` = coaching laps (ascending),
    /// distances scaled to `length` (the best lap's full length) so each lap's times add up
    /// to its lap time; `lap` restricts `lap_data` (unknown → empty).
    public static func compute(sessionID: String, n: Int, best: ResampledLap?, length: Double, traces: [LapTrace],
                               lap: Int?) -> MiniSectorsResponse {
        guard let best, !traces.isEmpty, length > 0 else {
            return MiniSectorsResponse(sessionID: sessionID, nSectors: n, sectors: [], bestSectorTimesS: [],
                                       bestSectorLaps: [], lapData: [:])
        }
        let bounds = (0...n).map { j in j == n ? length : Double(j) * length / Double(n) }
        let grid = best.distanceArray
        var sectors: [MiniSector] = []
        for j in 0..<n {
            var pts: [NumberList] = []
            var i = Numerics.firstIndexAtLeast(grid, bounds[j])
            while i < grid.count && grid[i] <= bounds[j + 1] {
                pts.append(NumberList(wrappedValue: [best.latitude[i], best.longitude[i]]))
                i += 1
            }
            sectors.append(MiniSector(index: j, entryDistanceM: bounds[j], exitDistanceM: bounds[j + 1], gpsPoints: pts))
        }
        let times = traces.map { t -> [Double] in
            let at = Numerics.interpCSorted(bounds, t.distance, t.time)
            return (0..<n).map { at[$0 + 1] - at[$0] }
        }
        var bestTimes = [Double](repeating: .infinity, count: n), bestLaps = [Int](repeating: 0, count: n)
        for (k, t) in traces.enumerated() {
            for j in 0..<n where times[k][j] < bestTimes[j] { bestTimes[j] = times[k][j]; bestLaps[j] = t.lapNumber }
        }
        let means = (0..<n).map { j in times.map { $0[j] }.reduce(0, +) / Double(times.count) }
        var lapData: [String: MiniSectorLap] = [:]
        for (k, t) in traces.enumerated() where lap == nil || lap == t.lapNumber {
            let deltas = (0..<n).map { times[k][$0] - bestTimes[$0] }
            let classes = (0..<n).map { j in abs(deltas[j]) < 0.001 ? "pb" : times[k][j] < means[j] ? "faster" : "slower" }
            lapData[String(t.lapNumber)] = MiniSectorLap(lapNumber: t.lapNumber, sectorTimesS: times[k], deltasS: deltas,
                                                         classifications: classes)
        }
        return MiniSectorsResponse(sessionID: sessionID, nSectors: n, sectors: sectors, bestSectorTimesS: bestTimes,
                                   bestSectorLaps: bestLaps, lapData: lapData)
    }
}

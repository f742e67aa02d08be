import Foundation

/// One corner of the best lap as the leaderboards record it (platform.md §7.1 "New").
public struct CornerRecord: Sendable, Equatable {
    public var cornerNumber: Int
    public var lapNumber: Int
    /// Time from the corner's entry to its exit on the best lap (s, 3 dp).
    public var sectorTimeS: Double
    /// Minimum speed in the corner (m/s, 2 dp).
    public var minSpeedMps: Double
    /// Where braking starts (m); nil when the corner needs no braking.
    public var brakePointM: Double?
    /// Coefficient of variation (std / mean) of the corner's minimum speed over the coaching laps (4 dp); nil with
    /// fewer than two laps.
    public var consistencyCV: Double?

    public init(cornerNumber: Int, lapNumber: Int, sectorTimeS: Double, minSpeedMps: Double, brakePointM: Double?,
                consistencyCV: Double?) {
        self.cornerNumber = cornerNumber
        self.lapNumber = lapNumber
        self.sectorTimeS = sectorTimeS
        self.minSpeedMps = minSpeedMps
        self.brakePointM = brakePointM
        self.consistencyCV = consistencyCV
    }
}

/// The leaderboard records of a session: its best lap's corners with their sector times and consistency.
public enum CornerRecords {
    /// Pure: the session's analysis in, one record per best-lap corner out (empty without corners).
    public static func records(_ analysis: SessionAnalysis) -> [CornerRecord] {
        guard let best = analysis.bestLap, best.count >= 2 else { return [] }
        let distances = best.distanceArray
        let minSpeeds = Dictionary(grouping: analysis.allLapCorners.values.flatMap { $0 }, by: \.number)
            .mapValues { $0.map(\.minSpeedMps) }
        return analysis.bestLapCorners.compactMap { corner in
            let entry = Numerics.interpC(corner.entryDistanceM, distances, best.lapTime)
            let exit = Numerics.interpC(corner.exitDistanceM, distances, best.lapTime)
            let sector = exit - entry
            guard sector.isFinite, sector > 0, corner.minSpeedMps.isFinite else { return nil }
            return CornerRecord(cornerNumber: corner.number, lapNumber: best.lapNumber,
                                sectorTimeS: Numerics.round(sector, 3), minSpeedMps: corner.minSpeedMps,
                                brakePointM: corner.brakePointM, consistencyCV: coefficientOfVariation(minSpeeds[corner.number] ?? []))
        }
    }

    /// Population std / mean, 4 dp; nil for fewer than two values or a non-positive mean.
    static func coefficientOfVariation(_ values: [Double]) -> Double? {
        guard values.count >= 2 else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        guard mean > 0 else { return nil }
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        let cv = variance.squareRoot() / mean
        return cv.isFinite ? Numerics.round(cv, 4) : nil
    }
}

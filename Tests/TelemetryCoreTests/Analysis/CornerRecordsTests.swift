import Foundation
import Testing
@testable import TelemetryCore

/// Leaderboard corner records against the fixtures' ground truth.
@Suite("Corner records vs truth")
struct CornerRecordsTests {
    @Test("one record per best-lap corner; min speeds and the per-corner consistency match the truth", arguments: AnalysisFixture.all)
    func records(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let records = CornerRecords.records(a)
        let best = try #require(a.bestLap)
        #expect(records.map(\.cornerNumber) == a.bestLapCorners.map(\.number))
        #expect(records.allSatisfy { $0.lapNumber == f.truth.summary.best_lap })
        let truthBest = f.truth.lap(f.truth.summary.best_lap).corners
        var truthErrors: [Double] = []
        for (record, corner) in zip(records, a.bestLapCorners) {
            // the sector time lies between the zone length at the zone's highest and lowest speed
            let range = best.distanceArray.indices.filter {
                best.distanceArray[$0] >= corner.entryDistanceM - 0.05 && best.distanceArray[$0] <= corner.exitDistanceM + 0.05
            }
            let speeds = range.map { best.speed[$0] }
            let length = corner.exitDistanceM - corner.entryDistanceM
            #expect(record.sectorTimeS >= length / speeds.max()! - 0.05 && record.sectorTimeS <= length / speeds.min()! + 0.05,
                    "corner \(record.cornerNumber)")
            let truth = try #require(truthBest.min { abs($0.apex_m - corner.apexDistanceM) < abs($1.apex_m - corner.apexDistanceM) })
            #expect(abs(record.minSpeedMps - truth.min_speed_mps) < 0.6, "corner \(record.cornerNumber)")
            // the consistency coefficient: exactly that of the matched corners' min speeds over the coaching laps…
            let ours = a.coachingLaps.compactMap { lap in a.allLapCorners[lap]?.first { $0.number == corner.number }?.minSpeedMps }
            let cv = try #require(record.consistencyCV)
            #expect(abs(cv - Self.cv(ours)) < 0.0001, "corner \(record.cornerNumber)")
            // …and close to the truth's for the same laps (median over corners; corner matching can differ on a lap)
            let truthSpeeds = a.coachingLaps.compactMap { lap in
                f.truth.lap(lap).corners.first { $0.corner == truth.corner }?.min_speed_mps
            }
            truthErrors.append(abs(cv - Self.cv(truthSpeeds)))
        }
        let medianError = truthErrors.sorted()[truthErrors.count / 2]
        print("[corner records] \(f.name): consistency_cv median error vs truth \(medianError)")
        #expect(medianError < 0.01)
        let lapTime = try #require(a.session.lapSummaries.first { $0.lapNumber == a.session.bestLap }).lapTimeS
        #expect(records.map(\.sectorTimeS).reduce(0, +) < lapTime)
    }

    static func cv(_ values: [Double]) -> Double {
        let mean = values.reduce(0, +) / Double(values.count)
        return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot() / mean
    }

    @Test func coefficientOfVariationNeedsTwoPositiveValues() {
        #expect(CornerRecords.coefficientOfVariation([20]) == nil)
        #expect(CornerRecords.coefficientOfVariation([0, 0]) == nil)
        #expect(CornerRecords.coefficientOfVariation([10, 30]) == 0.5)
    }
}

import Foundation
import Testing
@testable import TelemetryCore

/// Delta, segments, sectors, mini-sectors, gains and the ideal lap against lap times.
@Suite("Splits and deltas vs lap times")
struct LapSplitTests {
    func lapTime(_ s: ProcessedSession, _ lap: Int) -> Double { s.timedLaps[lap]!.lapTime }

    @Test("delta total = lap-time difference ± 0.05 s for every lap against the best", arguments: AnalysisFixture.all)
    func deltaTotal(_ f: AnalysisFixture) throws {
        let a = f.analysis, s = a.session
        for lap in s.lapNumbers {
            let d = try a.delta(ref: s.bestLap, comp: lap)
            #expect(abs(d.totalDeltaS - (lapTime(s, lap) - lapTime(s, s.bestLap))) <= 0.05, "lap \(lap)")
            // …and against the truth's own lap times.
            let truth = f.truth.lap(lap).lap_time_s - f.truth.lap(s.bestLap).lap_time_s
            #expect(abs(d.totalDeltaS - truth) <= 0.05, "lap \(lap) vs truth")
            #expect(d.distanceM.count == d.deltaS.count)
            #expect(d.cornerDeltas.count == a.corners().corners.count)
        }
        let same = try a.delta(ref: s.bestLap, comp: s.bestLap)
        #expect(same.deltaS.allSatisfy { $0 == 0 } && same.totalDeltaS == 0)
        let json = try encodedJSON(same)
        #expect(json.contains("\"data\":{") && json.contains("\"corner_deltas\"") && json.contains("\"ref_lap\""))
    }

    @Test("delta errors: unknown ref then comp → 404 with the documented messages")
    func deltaErrors() {
        let a = AnalysisFixture.all[0].analysis
        #expect(throws: AnalysisError.lapNotFound(lap: 99, detail: "Reference lap 99 not found")) { try a.delta(ref: 99, comp: 98) }
        #expect(throws: AnalysisError.lapNotFound(lap: 98, detail: "Comparison lap 98 not found")) {
            try a.delta(ref: a.session.bestLap, comp: 98)
        }
        #expect(AnalysisError.lapNotFound(lap: 1, detail: "x").status == 404)
    }

    @Test("mini-sector times add up to each lap's time ± 0.05 s (n = 3, 20, 100)", arguments: AnalysisFixture.all)
    func miniSectors(_ f: AnalysisFixture) throws {
        let a = f.analysis
        for n in [3, 20, 100] {
            let m = try a.miniSectors(n: n, lap: nil)
            #expect(m.sectors.count == n && m.bestSectorTimesS.count == n)
            #expect(m.sectors.first!.entryDistanceM == 0)
            #expect(Set(m.lapData.keys) == Set(a.coachingLaps.map(String.init)))
            for (key, lap) in m.lapData {
                let sum = lap.sectorTimesS.reduce(0, +)
                #expect(abs(sum - f.truth.lap(Int(key)!).lap_time_s) <= 0.05, "n=\(n) lap \(key): \(sum)")
                #expect(lap.deltasS.allSatisfy { $0 >= -1e-9 })
            }
        }
        let one = try a.miniSectors(n: 20, lap: a.session.bestLap)
        #expect(one.lapData.keys.sorted() == [String(a.session.bestLap)])
        // A lap the session does not have is a 422, so no client can grow the response cache with lap numbers.
        #expect(throws: AnalysisError.validation(.notALap("lap", 99))) { try a.miniSectors(n: 20, lap: 99) }
        #expect(throws: AnalysisError.validation(.tooSmall("n_sectors", 2, minimum: 3))) { try a.miniSectors(n: 2) }
        #expect(throws: AnalysisError.validation(.tooLarge("n_sectors", 101, maximum: 100))) { try a.miniSectors(n: 101) }
        let body = try encodedJSON(AnalysisError.validation(.tooSmall("n_sectors", 2, minimum: 3)).body)
        #expect(body == #"{"detail":[{"ctx":{"ge":3},"input":"2","loc":["query","n_sectors"],"msg":"Input should be greater than or equal to 3","type":"greater_than_equal"}]}"#)
    }

    @Test("sectors cover the lap; each lap's splits add up to its time", arguments: AnalysisFixture.all)
    func sectors(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let s = try a.sectors()
        #expect(s.segments.first!.entryDistanceM == 0)
        for (x, y) in zip(s.segments, s.segments.dropFirst()) { #expect(x.exitDistanceM == y.entryDistanceM) }
        #expect(abs(s.segments.last!.exitDistanceM - a.session.timedLaps[a.session.bestLap]!.lapDistance) < 1e-9)
        #expect(s.segments.filter(\.isCorner).count == a.corners().corners.count)
        for split in s.lapSplits {
            #expect(abs(split.totalTimeS - f.truth.lap(split.lapNumber).lap_time_s) <= 0.05, "lap \(split.lapNumber)")
        }
        #expect(s.compositeTimeS <= f.truth.summary.best_lap_time_s + 0.05)
    }

    @Test("gains tiers and the ideal lap are not slower than the best lap", arguments: AnalysisFixture.all)
    func gainsAndIdeal(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let best = f.truth.summary.best_lap_time_s
        let g = try a.gains().data
        #expect(g.composite.compositeTimeS <= best + 0.01)
        #expect(g.theoretical.theoreticalTimeS <= g.composite.compositeTimeS + 0.01)
        #expect(abs(g.composite.bestLapTimeS - best) <= 0.03)
        #expect(g.consistency.totalGainS >= 0)
        #expect(g.cleanLapNumbers == a.coachingLaps)
        let ideal = try a.idealLap()
        #expect(ideal.speedMph.count == ideal.distanceM.count)
        #expect(ideal.speedMph.allSatisfy { $0 > 0 })
        #expect(ideal.segmentSources.count == g.consistency.segmentGains.count)
        let t = try #require(ideal.lapTimeS)
        print("[ideal] \(f.name): ideal \(t) composite \(g.composite.compositeTimeS) theoretical \(g.theoretical.theoreticalTimeS) best \(best)")
        #expect(t <= best)
    }
}

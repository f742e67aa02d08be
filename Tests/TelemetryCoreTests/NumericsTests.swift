import Foundation
import Testing
@testable import TelemetryCore

@Suite("Numerics and spec examples")
struct NumericsTests {
    @Test("percentile, median, std (population)")
    func stats() {
        #expect(Numerics.percentile([1, 2, 3, 4], 50) == 2.5)
        #expect(Numerics.percentile([1, 2, 3, 4], 25) == 1.75)
        #expect(Numerics.median([5]) == 5)
        #expect(Numerics.median([]) == nil)
        #expect(abs(Numerics.std([2, 4, 4, 4, 5, 5, 7, 9])! - 2) < 1e-12)
    }

    @Test("round half to even, wrap180, mod360, unwrap")
    func rounding() {
        #expect(Numerics.round(2.5, 0) == 2)
        #expect(Numerics.round(3.5, 0) == 4)
        #expect(Numerics.round(2.675, 2) == 2.67)   // 2.675 is 2.67499999… in binary
        #expect(Numerics.round(111.71949, 3) == 111.719)
        #expect(Numerics.wrap180(180) == -180)
        #expect(Numerics.wrap180(-190) == 170)
        #expect(Numerics.wrap180(540) == -180)
        #expect(Numerics.mod360(-0.0) == 0 && Numerics.mod360(-1) == 359 && Numerics.mod360(720.5) == 0.5)
        #expect(Numerics.unwrapDegrees([350, 355, 2, 8, 359]) == [350, 355, 362, 368, 359])
    }

    @Test("interpC clamps, interpX extrapolates, firstIndexAtLeast")
    func interpolation() {
        let xs = [0.0, 1, 3], ys = [0.0, 10, 30]
        #expect(Numerics.interpC(-1, xs, ys) == 0)
        #expect(Numerics.interpC(2, xs, ys) == 20)
        #expect(Numerics.interpC(5, xs, ys) == 30)
        #expect(Numerics.interpX([-1, 0.5, 2, 4], xs, ys) == [-10, 5, 20, 40])
        #expect(Numerics.firstIndexAtLeast([1, 2, 2, 3], 2) == 1)
        #expect(Numerics.firstIndexAtLeast([1, 2], 5) == 2)
    }

    @Test("§3.5 example: only the 140.0 s lap is anomalous")
    func anomalyExample() {
        let times = [93.2, 94.1, 92.8, 93.5, 101.0, 140.0]
        let summaries = times.enumerated().map {
            LapSummary(lapNumber: $0.offset + 1, lapTimeS: $0.element, lapDistanceM: 3600, maxSpeedMps: 50, isClean: true, tags: [])
        }
        #expect(LapClassification.anomalousLaps(summaries, bestLap: 3) == [6])
        #expect(LapClassification.anomalousLaps(Array(summaries.prefix(1)), bestLap: 1).isEmpty)
    }

    @Test("§5.1 example: consistency 89.7")
    func consistencyExample() {
        let summaries = [93.2, 94.1, 92.8, 93.5].enumerated().map {
            LapSummary(lapNumber: $0.offset + 3, lapTimeS: $0.element, lapDistanceM: 3600, maxSpeedMps: 50, isClean: true, tags: [])
        }
        let c = LapConsistency.compute(summaries)
        #expect(abs(c.stdDevS - 0.4743) < 1e-4)
        #expect(abs(c.spreadS - 1.3) < 1e-9)
        #expect(zip(c.consecutiveDeltasS, [0.9, 1.3, 0.7]).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(c.choppinessScore == 90.2 && c.spreadScore == 89.5 && c.jumpScore == 89.5)
        #expect(c.consistencyScore == 89.7)
    }

    @Test("§3.6 coaching laps: in/out removed, best lap re-added unless excluded")
    func coaching() {
        let all = [1, 2, 3, 4, 5]
        #expect(LapClassification.coachingLaps(all: all, anomalous: [3], inOut: [1, 5], tags: [:], bestLap: 1) == [1, 2, 4])
        #expect(LapClassification.coachingLaps(all: all, anomalous: [], inOut: [], tags: [2: ["off-line"]], bestLap: 2) == [1, 3, 4, 5])
        #expect(LapClassification.userExcluded([1: ["experimental"], 2: ["clean"]]) == [1])
    }

    @Test("§3.2 filter: in-lap-long laps out, short laps out")
    func lapFilter() throws {
        func lap(_ n: Int, _ d: Double) -> TimedLap {
            TimedLap(lapNumber: n, rows: 0..<20,
                     start: GateCrossing(rowAfter: 1, fraction: 0, elapsedTime: 0, distance: 0, isInterpolated: true),
                     end: GateCrossing(rowAfter: 21, fraction: 0, elapsedTime: 100, distance: d, isInterpolated: true))
        }
        let kept = try LapFilter.filter([lap(1, 3600), lap(2, 3610), lap(3, 5000), lap(4, 2000), lap(5, 3590)])
        #expect(kept.map(\.lapNumber) == [1, 2, 5])
        #expect(try LapFilter.filter([lap(1, 10)]).map(\.lapNumber) == [1])
    }

    @Test("derived g: a right-hand circle gives positive lateral g of v²/r")
    func derivedG() {
        // 20 m/s on a 100 m radius, clockwise (heading grows): 4 m/s² = 0.408 g to the right.
        let n = 400, dt = 0.04
        let t = (0..<n).map { Double($0) * dt }
        let heading = t.map { Numerics.mod360($0 * 20 / 100 * 180 / .pi) }
        let g = DerivedChannels.accelerations(time: t, speed: .init(repeating: 20, count: n), heading: heading)
        #expect(abs(g.lateral[200] - 4 / 9.81) < 1e-6)
        #expect(abs(g.longitudinal[200]) < 1e-9)
        let braking = DerivedChannels.accelerations(time: t, speed: t.map { 30 - 9.81 * $0 }, heading: .init(repeating: 90, count: n))
        #expect(abs(braking.longitudinal[200] + 1) < 1e-9)
    }
}

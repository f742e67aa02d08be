import Foundation
import Testing
@testable import TelemetryCore

/// GPS quality against the truth's degraded stretches; consistency against the clean laps.
@Suite("GPS quality and consistency vs truth")
struct QualityAndConsistencyTests {
    @Test("GPS quality: short degraded stretches keep the grade A/B; accuracy matches the truth", arguments: AnalysisFixture.all)
    func gps(_ f: AnalysisFixture) throws {
        let r = try f.analysis.gpsQuality().data
        print("[gps] \(f.name): score \(r.overallScore) grade \(r.grade), accuracy p50 \(r.accuracy.p50) p90 \(r.accuracy.p90), spikes/km \(r.speedSpikes.spikesPerKm), scatter p90 \(r.lateralScatter.scatterP90)")
        #expect(r.overallScore >= 0 && r.overallScore <= 100)
        #expect(["A", "B"].contains(r.grade) && r.isUsable)
        #expect(r.grade == GPSQuality.grade(r.overallScore))
        #expect(abs(r.accuracy.p50 - f.truth.gps_quality.median_accuracy_m) <= 0.05)
        // Degraded rows (accuracy > 2 m) are < 1 % of rows: p90 stays below the filter limit.
        let total = f.session.raw.count
        #expect(Double(f.truth.gps_quality.rows_accuracy_over_2m) / Double(total) < 0.01)
        #expect(r.accuracy.p90 < 2.0)
        // The filtered rows are exactly the truth's degraded rows, so no speed spikes remain.
        #expect(f.session.counts.rowsFiltered == f.truth.gps_quality.rows_filtered)
        #expect(r.speedSpikes.totalSpikes == 0)
        #expect(r.lapDistanceCV != nil && r.headingJitter != nil)
        let w = r.metricWeights.values.map(\.wrappedValue).reduce(0, +)
        #expect(abs(w - 1) < 1e-9)
    }

    @Test("grade boundaries and piecewise scores (§8.5)")
    func gradeTable() {
        #expect(GPSQuality.grade(90) == "A" && GPSQuality.grade(89.9) == "B" && GPSQuality.grade(75) == "B")
        #expect(GPSQuality.grade(60) == "C" && GPSQuality.grade(40) == "D" && GPSQuality.grade(39.9) == "F")
        #expect(GPSQuality.score(0.75, [(0.5, 100), (1.0, 80)]) == 90)
        #expect(GPSQuality.score(0.1, [(0.5, 100), (1.0, 80)]) == 100)
        #expect(GPSQuality.score(3, [(0.5, 100), (1.0, 80)]) == 80)
    }

    @Test("lap consistency of the truth's clean laps reproduces their spread", arguments: AnalysisFixture.all)
    func lapConsistency(_ f: AnalysisFixture) throws {
        let s = f.session
        let clean = s.lapSummaries.filter { f.truth.summary.clean_laps.contains($0.lapNumber) }
        let lc = LapConsistency.compute(clean)
        #expect(abs(lc.spreadS - f.truth.summary.clean_lap_time_spread_s) <= 0.03)
        #expect(abs(Numerics.median(lc.lapTimesS)! - f.truth.summary.median_clean_lap_time_s) <= 0.03)
        // The endpoint uses every non-anomalous lap; anomalous laps are incident laps only.
        let c = try f.analysis.consistency().data
        #expect(s.anomalousLaps.isDisjoint(with: f.truth.summary.clean_laps))
        #expect(c.lapConsistency.lapNumbers == s.lapNumbers.filter { !s.anomalousLaps.contains($0) })
        #expect(c.lapConsistency.spreadS >= f.truth.summary.clean_lap_time_spread_s - 0.03)
        #expect(c.lapConsistency.consistencyScore == s.snapshot.consistencyScore)
        #expect(c.cornerConsistency.count == 12)
        #expect(c.cornerConsistency.allSatisfy { $0.sampleCount == f.analysis.coachingLaps.count && $0.hasSufficientData })
        // Corner speed spread across the coaching laps, from the truth (median over corners).
        var diffs: [Double] = []
        for cc in c.cornerConsistency {
            let truthSpeeds = cc.lapNumbers.map { lap in
                f.truth.lap(lap).corners.min { abs($0.apex_m - f.analysis.corners().corners[cc.cornerNumber - 1].apexDistanceM)
                    < abs($1.apex_m - f.analysis.corners().corners[cc.cornerNumber - 1].apexDistanceM) }!.min_speed_mps * AnalysisConstants.mpsToMph
            }
            let truthStd = Numerics.std(truthSpeeds)!
            diffs.append(abs(cc.minSpeedStdMph - truthStd))
        }
        #expect(Numerics.median(diffs)! <= 0.3, "\(diffs)")
        let tp = c.trackPosition
        #expect(tp.distanceM.count == tp.speedStdMph.count && tp.lat.count == tp.distanceM.count)
        #expect(tp.nLaps == c.lapConsistency.sampleCount)
        #expect(Numerics.median(tp.speedStdMph)! < 3)
    }

    @Test("§5.1 worked example")
    func example() {
        let laps = [93.2, 94.1, 92.8, 93.5].enumerated().map {
            LapSummary(lapNumber: $0.offset + 3, lapTimeS: $0.element, lapDistanceM: 3000, maxSpeedMps: 50, isClean: true, tags: [])
        }
        let c = LapConsistency.compute(laps)
        #expect(c.consistencyScore == 89.7 && c.choppinessScore == 90.2 && c.spreadScore == 89.5 && c.jumpScore == 89.5)
    }

    @Test("grip from the coaching laps", arguments: AnalysisFixture.all)
    func grip(_ f: AnalysisFixture) throws {
        let g = try f.analysis.grip().data
        #expect(g.envelopeLatG.count == 360 && g.envelopeLonG.count == 360)
        #expect(g.multiLap.nLaps == f.analysis.coachingLaps.count)
        #expect(g.compositeMaxG > 0.7 && g.compositeMaxG < 1.6)
        #expect(g.directional.ellipse.semiMajor >= g.directional.ellipse.semiMinor)
        #expect(g.convexHull.nVertices >= 3 && g.convexHull.hullArea > 0)
    }

    @Test("degradation: no trend invented on steady sessions", arguments: AnalysisFixture.all)
    func degradation(_ f: AnalysisFixture) {
        let d = f.analysis.degradation()
        #expect(d.hasBrakeFade == d.events.contains { $0.metric == "brake_fade" })
        for e in d.events { #expect(e.rSquared >= 0.5 && e.values.count == e.lapNumbers.count) }
    }
}

@Suite("Grip helpers")
struct GripHelperTests {
    @Test("angle bins equal atan2 binning")
    func angleBins() {
        let binner = AngleBinner(bins: 36)
        var state: UInt64 = 12345
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53) * 2 - 1
        }
        for _ in 0..<100_000 {
            let x = next() * 1.5, y = next() * 1.5
            let a = atan2(y, x)
            let k = min(max(Int(((a + .pi) / (2 * .pi) * 36).rounded(.down)), 0), 35)
            #expect(binner.bin(x: x, y: y) == k)
        }
        #expect(binner.bin(x: -1, y: 0) == 35 && binner.bin(x: 1, y: 0) == 18 && binner.bin(x: 0, y: 0) == 18)
    }

    @Test("convex hull of a square with interior points, counter-clockwise")
    func hull() {
        var xs: [Double] = [0, 1, 1, 0], ys: [Double] = [0, 0, 1, 1]
        for i in 0..<200 { xs.append(0.1 + Double(i % 10) * 0.08); ys.append(0.1 + Double(i / 10) * 0.04) }
        let h = ConvexHull2D.hull(xs: xs, ys: ys)
        #expect(h.count == 4)
        #expect(ConvexHull2D.area(h) == 1)
        let s = h.indices.reduce(0.0) { acc, i in
            let a = h[i], b = h[(i + 1) % h.count]
            return acc + a.x * b.y - b.x * a.y
        }
        #expect(s > 0)
    }

    @Test("ellipse fit recovers a known ellipse")
    func ellipse() {
        let angles = (0..<36).map { -Double.pi + (Double($0) + 0.5) * 2 * .pi / 36 }
        let radii = angles.map { EllipseFit.model([1.2, 0.8, 0.3], $0) }
        let f = EllipseFit.fit(angles: angles, radii: radii)
        #expect(abs(f.a - 1.2) < 1e-3 && abs(f.b - 0.8) < 1e-3 && f.rms < 1e-3)
    }
}

@Suite("GPS quality helpers")
struct GPSHelperTests {
    @Test("integer percentiles equal the sorted-array percentiles")
    func integerPercentiles() {
        let xs: [Double] = [12, 9, 16, 16, 11, .nan, 8, 14, 15, 10, 13]
        let finite = xs.filter(\.isFinite)
        let (p10, p50) = GPSQuality.integerPercentiles(xs, 10, 50)!
        #expect(p10 == Numerics.percentile(finite, 10)! && p50 == Numerics.percentile(finite, 50)!)
        #expect(GPSQuality.integerPercentiles([1.5, 2], 10, 50) == nil)
    }
}

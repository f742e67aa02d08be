import Foundation
import Testing
@testable import TelemetryCore

/// Corner detection and KPIs against the fixtures' ground truth (12 corners each: |curvature| ≥
/// 1/200 m⁻¹ and ≥ 12° on the centre line). Truth distances run along the centre line, ours along
/// the driven line from the interpolated crossing, so a few metres of offset are expected.
@Suite("Corners vs truth")
struct CornerAccuracyTests {
    @Test("best lap: F1 ≥ 0.95, min speed ≤ 0.5 mph median, brake point ≤ 5 m median / ≤ 20 m worst",
          arguments: AnalysisFixture.all)
    func bestLap(_ f: AnalysisFixture) {
        let a = f.analysis
        #expect(a.session.bestLap == f.truth.summary.best_lap)
        let corners = a.corners().corners
        var score = CornerScore()
        score.add(corners, f.truth.lap(a.session.bestLap).corners)
        print("[corners] \(f.name) best lap \(a.session.bestLap): \(score)")
        #expect(score.f1 >= 0.95, "\(score)")
        #expect(score.speedMedian <= 0.5, "\(score)")
        #expect(score.brakeMedian <= 5, "\(score)")
        #expect(score.brakeWorst <= 20, "\(score)")
        // Numbering along the lap and the truth's turn directions.
        #expect(corners.map(\.number) == Array(1...corners.count))
        for c in corners {
            guard let t = f.truth.track.corners.min(by: { abs($0.apex_m - c.apexDistanceM) < abs($1.apex_m - c.apexDistanceM) })
            else { continue }
            #expect(c.direction == t.direction, "corner \(c.number)")
        }
    }

    @Test("every coaching lap: min speed and brake point medians", arguments: AnalysisFixture.all)
    func allLaps(_ f: AnalysisFixture) {
        let a = f.analysis
        var score = CornerScore()
        let all = a.cornersAllLaps().laps
        #expect(Set(all.keys) == Set(a.coachingLaps))
        for (lap, corners) in all.sorted(by: { $0.key < $1.key }) {
            #expect(corners.count == 12, "lap \(lap)")
            score.add(corners, f.truth.lap(lap).corners)
        }
        print("[corners] \(f.name) all \(all.count) coaching laps: \(score)")
        #expect(score.f1 >= 0.95)
        #expect(score.speedMedian <= 0.5)
        #expect(score.brakeMedian <= 5)
        // The truth's windows cut some brake zones at a fixed boundary (apex midpoint); at most a
        // few corners differ by more than 20 m on non-best laps.
        #expect(score.brakeErrorsM.filter { abs($0) > 20 }.count <= 8)
    }

    @Test("a corner that needs no braking has no brake point (T3 on every best lap)", arguments: AnalysisFixture.all)
    func noBraking(_ f: AnalysisFixture) {
        let corners = f.analysis.corners().corners
        let t3 = corners.min { abs($0.apexDistanceM - 635.9) < abs($1.apexDistanceM - 635.9) }!
        #expect(f.truth.lap(f.truth.summary.best_lap).corners[2].brake_start_m == nil)
        #expect(t3.brakePointM == nil && t3.peakBrakeG == nil)
    }

    @Test("peak brake g is a deceleration near the truth's peak", arguments: AnalysisFixture.all)
    func peakBrake(_ f: AnalysisFixture) {
        let corners = f.analysis.corners().corners
        for t in f.truth.lap(f.truth.summary.best_lap).corners {
            guard let decel = t.peak_decel_g,
                  let c = corners.first(where: { abs($0.apexDistanceM - t.apex_m) <= 40 }), let g = c.peakBrakeG else { continue }
            #expect(g < 0)
            #expect(abs(-g - decel) <= 0.25, "corner \(c.number): \(g) vs \(decel)")
        }
    }
}

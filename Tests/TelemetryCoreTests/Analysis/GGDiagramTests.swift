import Foundation
import Testing
@testable import TelemetryCore

/// The G-G diagram (client-extras.md §7) on the Barber fixtures: its invariants, the corner filter, and the peaks it
/// reports against the simulator's true lateral g.
@Suite struct GGDiagramTests {
    /// Per-corner peak lateral g of each lap, from the truth JSON.
    struct PeakTruth: Decodable {
        struct Lap: Decodable {
            struct Corner: Decodable { let corner: Int; let apex_m: Double; let peak_lateral_g: Double? }
            let lap_number: Int
            let corners: [Corner]
        }
        let laps: [Lap]
    }

    @Test("utilisation in 0…100, envelope above every sample of its sector, one entry per corner", arguments: AnalysisFixture.all)
    func invariants(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let gg = try a.ggDiagram()
        let best = try #require(a.bestLap)
        let corners = a.bestLapCorners
        #expect(gg.lapNumber == f.truth.summary.best_lap)
        #expect((0...100).contains(gg.overallUtilizationPct))
        #expect(gg.perCorner.map(\.cornerNumber) == corners.map(\.number))
        for c in gg.perCorner { #expect((0...100).contains(c.utilizationPct), "T\(c.cornerNumber)") }

        let samples = GGDiagram.samples(lateralG: best.lateralG, longitudinalG: best.longitudinalG, distance: best.distanceArray,
                                        corners: corners)
        #expect(gg.points.count == samples.count)
        let envelope = GGDiagram.envelope(samples)
        for s in samples { #expect(envelope[s.sector] >= s.g, "sector \(s.sector) at \(s.distance) m") }
        #expect(abs(gg.observedMaxG - (samples.map(\.g).max() ?? 0)) <= 0.00005)
        #expect(gg.perCorner.reduce(0) { $0 + $1.pointCount } == gg.points.filter { $0.cornerNumber != nil }.count)
    }

    @Test("a corner filter keeps exactly that corner's samples", arguments: AnalysisFixture.all)
    func cornerFilter(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let all = try a.ggDiagram()
        for c in a.bestLapCorners {
            let one = try a.ggDiagram(corner: c.number)
            #expect(one.points.allSatisfy { $0.cornerNumber == c.number }, "T\(c.number)")
            #expect(one.points.count == all.points.filter { $0.cornerNumber == c.number }.count, "T\(c.number)")
            #expect(one.points.allSatisfy { c.entryDistanceM - 0.005 <= $0.distanceM && $0.distanceM < c.exitDistanceM + 0.005 })
            #expect(one.perCorner.isEmpty)
            #expect(one.observedMaxG == all.observedMaxG)
            let entry = try #require(all.perCorner.first { $0.cornerNumber == c.number })
            #expect(one.overallUtilizationPct == entry.utilizationPct, "T\(c.number)")
        }
        let absent = try a.ggDiagram(corner: GGDiagram.maxCorner)
        #expect(absent.points.isEmpty && absent.overallUtilizationPct == 0 && absent.perCorner.isEmpty)
    }

    @Test func cornerOutsideOneTo200IsAValidationError() {
        let a = AnalysisFixture.all[0].analysis
        for bad in [0, -3, GGDiagram.maxCorner + 1] {
            #expect(throws: AnalysisError.self) { try a.ggDiagram(corner: bad) }
            do { _ = try a.ggDiagram(corner: bad) } catch { #expect(error.status == 422) }
        }
    }

    /// A logger without g channels gives an empty diagram, not an error.
    @Test func missingGChannelsGiveAnEmptyDiagram() throws {
        let f = AnalysisFixture.all[0]
        let bare = session(f.session, keeping: Set(f.session.lapNumbers), dropIMU: true)
        let gg = try SessionAnalysis(session: bare, sessionID: "bare").ggDiagram()
        #expect(gg.points.isEmpty && gg.overallUtilizationPct == 0 && gg.observedMaxG == 0 && gg.perCorner.isEmpty)
        _ = try encodedJSON(gg)
    }

    /// Each corner's peak |lateral g| agrees with the simulator's true peak lateral g on the best lap. The exported
    /// channel is GPS-derived and smoothed over ~0.2 s (truth `conventions.lateral_acc`), which flattens a peak, and
    /// the grid sample nearest the peak may miss it by up to half a step; 0.15 g allows for both with GPS noise on
    /// top (measured worst: 0.060 g on the intermediate session, 0.012 and 0.015 g on the others).
    @Test("per-corner peak lateral g matches the truth", arguments: AnalysisFixture.all)
    func peaksMatchTruth(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let gg = try a.ggDiagram()
        let json = try Data(contentsOf: Fixture.directory.appendingPathComponent(f.name + ".json"))
        let truth = try JSONDecoder().decode(PeakTruth.self, from: json)
        let lap = try #require(truth.laps.first { $0.lap_number == a.session.bestLap })
        var worst = 0.0, matched = 0
        for c in a.bestLapCorners {
            guard let t = lap.corners.filter({ abs($0.apex_m - c.apexDistanceM) <= 40 })
                    .min(by: { abs($0.apex_m - c.apexDistanceM) < abs($1.apex_m - c.apexDistanceM) }),
                  let peak = t.peak_lateral_g,
                  let use = gg.perCorner.first(where: { $0.cornerNumber == c.number }) else { continue }
            matched += 1
            worst = max(worst, abs(use.maxLatG - peak))
            #expect(abs(use.maxLatG - peak) <= 0.15, "T\(c.number): \(use.maxLatG) vs true \(peak)")
        }
        print("\(f.name): \(matched) corners matched, worst |peak lateral g error| \(worst)")
        #expect(matched >= lap.corners.count - 2)
    }
}

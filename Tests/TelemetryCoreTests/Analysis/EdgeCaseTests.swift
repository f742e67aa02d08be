import Foundation
import Testing
@testable import TelemetryCore

/// The edge-case matrix of analysis.md §11, with inputs built from a fixture.
@Suite("Edge cases (§11)")
struct EdgeCaseTests {
    static let base = Fixture.all[0].session

    @Test("one lap: consistency & gains 404, ideal 422, sectors/mini-sectors/grip/delta work, score = pace 100")
    func oneLap() throws {
        let s = session(Self.base, keeping: [Self.base.bestLap])
        let a = SessionAnalysis(session: s, sessionID: "one")
        #expect(a.coachingLaps == [Self.base.bestLap])
        #expect(throws: AnalysisError.unavailable("Consistency data not available for session one")) { try a.consistency() }
        #expect(throws: AnalysisError.unavailable("Gains data not available for session one")) { try a.gains() }
        #expect(throws: AnalysisError.notEnoughLaps("At least 2 clean laps required for ideal lap reconstruction")) { try a.idealLap() }
        #expect(AnalysisError.notEnoughLaps("x").status == 422 && AnalysisError.unavailable("x").status == 404)
        #expect(try a.sectors().lapSplits.count == 1)
        #expect(try a.miniSectors().lapData.count == 1)
        #expect(try a.grip().data.multiLap.nLaps == 1)
        let d = try a.delta(ref: s.bestLap, comp: s.bestLap)
        #expect(d.deltaS.allSatisfy { $0 == 0 })
        #expect(a.corners().corners.count == 12)
        #expect(s.snapshot.consistencyScore == 100.0)
        let score = a.sessionScore()
        #expect(score.total == 100 && score.pace == 100 && score.consistency == nil && score.technique == nil)
        #expect(try a.gpsQuality().data.lapDistanceCV == nil)
        #expect(try a.gpsQuality().data.lateralScatter.score == 100)
        #expect(a.degradation().events.isEmpty)
        _ = try encodedJSON(a.snapshotExtras())
    }

    @Test("all laps tagged: corners from the best lap, all-laps {}, sectors/ideal 422, mini-sectors empty, grip 404")
    func allTagged() throws {
        let tags = Dictionary(uniqueKeysWithValues: Self.base.lapNumbers.map { ($0, Set(["traffic"])) })
        let a = SessionAnalysis(session: Self.base, sessionID: "tagged", tags: tags)
        #expect(a.coachingLaps.isEmpty)
        #expect(a.corners().corners.count == 12)
        #expect(a.cornersAllLaps().laps.isEmpty)
        #expect(try encodedJSON(a.cornersAllLaps()).contains(#""laps":{}"#))
        #expect(throws: AnalysisError.notEnoughLaps("At least 1 clean lap required for sector analysis")) { try a.sectors() }
        #expect(throws: AnalysisError.notEnoughLaps("At least 2 clean laps required for ideal lap reconstruction")) { try a.idealLap() }
        let m = try a.miniSectors()
        #expect(m.sectors.isEmpty && m.lapData.isEmpty && m.nSectors == 20)
        #expect(throws: AnalysisError.unavailable("Grip data not available for session tagged")) { try a.grip() }
        #expect(throws: AnalysisError.unavailable("Consistency data not available for session tagged")) { try a.consistency() }
        #expect(a.optimalProfile().lapTimeS > 0)
    }

    @Test("tags change the results (coaching laps)")
    func tagsMatter() throws {
        let plain = SessionAnalysis(session: Self.base, sessionID: "t")
        let lap = plain.coachingLaps.first { $0 != Self.base.bestLap }!
        let tagged = SessionAnalysis(session: Self.base, sessionID: "t", tags: [lap: ["off-line"]])
        #expect(!tagged.coachingLaps.contains(lap))
        #expect(tagged.cornersAllLaps().laps[lap] == nil && plain.cornersAllLaps().laps[lap] != nil)
        #expect(try tagged.sectors().lapSplits.count == plain.coachingLaps.count - 1)
    }

    @Test("laps without lateral/longitudinal g: corners keep speed KPIs with null g/throttle, grip 404")
    func noIMU() throws {
        let s = session(Self.base, keeping: Set(Self.base.lapNumbers), dropIMU: true)
        let a = SessionAnalysis(session: s, sessionID: "noimu")
        let corners = a.corners().corners
        #expect(corners.count == 12)
        #expect(corners.allSatisfy { $0.peakBrakeG == nil && $0.throttleCommitM == nil })
        #expect(corners.filter { $0.brakePointM != nil }.count >= 9)
        #expect(throws: AnalysisError.unavailable("Grip data not available for session noimu")) { try a.grip() }
        let charts = try a.linkedCharts(laps: [s.bestLap])
        #expect(charts.lateralGTraces == nil && charts.longitudinalGTraces == nil)
        let json = try encodedJSON(charts)
        #expect(json.contains(#""lateral_g_traces":null"#))
        _ = try encodedJSON(a.cornersAllLaps())
    }

    @Test("linked charts: traces re-gridded on distance_m; unknown lap 404; no laps or a repeated lap 422")
    func linked() throws {
        let a = AnalysisFixture.all[1].analysis
        let laps = Array(a.coachingLaps.prefix(3))
        #expect(throws: AnalysisError.validation(.repeated("laps", index: 3, laps[0]))) {
            try a.linkedCharts(laps: laps + [laps[0]])
        }
        let c = try a.linkedCharts(laps: laps)
        #expect(c.laps == laps)
        for l in laps {
            #expect(c.speedTraces[String(l)]!.wrappedValue.count == c.distanceM.count)
            #expect(c.headingTraces[String(l)]!.wrappedValue.allSatisfy { $0 >= 0 && $0 < 360 })
            #expect(c.lateralGTraces![String(l)]!.wrappedValue.count == c.distanceM.count)
        }
        #expect(throws: AnalysisError.lapNotFound(lap: 42, detail: "Lap 42 not found")) { try a.linkedCharts(laps: [laps[0], 42, 43]) }
        #expect(throws: (any Error).self) { try a.linkedCharts(laps: []) }
    }
}

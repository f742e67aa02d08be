import Foundation
import Testing
@testable import TelemetryCore

/// The line analysis (client-extras.md §8) on the Barber fixtures and on synthetic cases.
@Suite struct LineAnalysisTests {
    /// The parts of the truth JSON about the track's width (the gate spans the track).
    struct GateTruth: Decodable {
        struct Track: Decodable {
            struct Gate: Decodable { let half_width_m: Double }
            let start_finish_gate: Gate
        }
        let track: Track
    }

    static func gateHalfWidth(_ name: String) throws -> Double {
        let data = try Data(contentsOf: Fixture.directory.appendingPathComponent(name + ".json"))
        return try JSONDecoder().decode(GateTruth.self, from: data).track.start_finish_gate.half_width_m
    }

    static func polylineLength(_ e: [Double], _ n: [Double]) -> Double {
        zip(zip(e, n), zip(e.dropFirst(), n.dropFirst())).reduce(0) { $0 + hypot($1.1.0 - $1.0.0, $1.1.1 - $1.0.1) }
    }

    @Test("the reference line is as long as the best lap (1 %)", arguments: AnalysisFixture.all)
    func referenceLength(_ f: AnalysisFixture) throws {
        let model = try #require(f.analysis.lineModel)
        #expect(model.traces.map(\.lap.lapNumber) == f.analysis.coachingLaps)
        let length = Self.polylineLength(model.referenceEast, model.referenceNorth)
        let truth = f.truth.lap(f.truth.summary.best_lap).path_length_m
        #expect(abs(length - truth) / truth < 0.01, "reference \(length) m, best lap \(truth) m")
    }

    /// The truth has no per-lap lateral position, only the racing line "without the lap-to-lap wander" and GPS noise of
    /// 0.3–0.6 m; every lap drives between the track edges, so its offsets from the median line stay well inside
    /// the track's half width (the start/finish gate's).
    @Test("offsets are small against the track width", arguments: AnalysisFixture.all)
    func offsetsAreSmall(_ f: AnalysisFixture) throws {
        let model = try #require(f.analysis.lineModel)
        let halfWidth = try Self.gateHalfWidth(f.name)
        for t in model.traces {
            #expect(t.offsets.count == model.length)
            let median = try #require(Numerics.median(t.offsets.map(abs)))
            #expect(median < 5 && median < halfWidth, "lap \(t.lap.lapNumber): median |offset| \(median) m")
            #expect(t.offsets.allSatisfy { abs($0) < 2 * halfWidth }, "lap \(t.lap.lapNumber)")
        }
    }

    @Test("the bucketed nearest search gives the brute-force offsets")
    func nearestSearchIsExact() throws {
        let model = try #require(AnalysisFixture.all[0].analysis.lineModel)
        let t = model.traces[1]
        let picks = Array(stride(from: 0, to: model.length, by: 7))
        let e = picks.map { t.east[$0] }, n = picks.map { t.north[$0] }
        let brute = LineModel.offsetsBruteForce(east: e, north: n, refE: model.referenceEast, refN: model.referenceNorth)
        #expect(picks.map { t.offsets[$0] } == brute)
    }

    @Test("one profile per best-lap corner, every field in its value set", arguments: AnalysisFixture.all)
    func profiles(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let r = try a.lineAnalysis()
        #expect(r.available)
        #expect(r.cornerProfiles.map(\.cornerNumber) == a.bestLapCorners.map(\.number))
        #expect(r.cornerProfiles.map(\.priorityRank).sorted() == Array(1...a.bestLapCorners.count))
        for p in r.cornerProfiles {
            #expect(p.nLaps == a.coachingLaps.count)
            #expect(CornerLineProfile.lineErrorTypes.contains(p.lineErrorType))
            #expect(CornerLineProfile.severities.contains(p.severity))
            #expect(CornerLineProfile.consistencyTiers.contains(p.consistencyTier))
            #expect(CornerLineProfile.allenBergTypes.contains(p.allenBergType))
            #expect((0...1).contains(p.apexFractionMedian) && p.dApexSd >= 0 && p.straightAfterM >= 0)
            let method = try #require(p.bestRankingMethod, "T\(p.cornerNumber)")
            #expect(method == (p.allenBergType == "A" ? "exit_speed" : "segment_time"))
            #expect(a.coachingLaps.contains(try #require(p.bestLapNumber)))
            #expect((p.bestSegmentTimeS ?? 0) > 0 && (p.bestExitSpeedMps ?? 0) > 0)
        }
        _ = try encodedJSON(r)
    }

    /// A mirrored session (East negated) turns every right-hander into a left-hander and negates every offset; with
    /// the sign rule the profiles come out the same.
    @Test("left-hand corners read their offsets sign-flipped")
    func mirroredCornersGiveTheSameProfiles() throws {
        let a = AnalysisFixture.all[0].analysis
        let model = try #require(a.lineModel)
        let refE = model.referenceEast.map { -$0 }
        let index = NearestPointIndex(xs: refE, ys: model.referenceNorth)
        let mirrored = model.traces.map { t in
            var m = t
            m.east = t.east.map { -$0 }
            m.offsets = LineModel.offsets(east: Array(m.east.prefix(model.length)), north: Array(t.north.prefix(model.length)),
                                          refE: refE, refN: model.referenceNorth, index: index)
            return m
        }
        for (m, t) in zip(mirrored, model.traces) { #expect(zip(m.offsets, t.offsets).allSatisfy { $0 == -$1 }) }
        let corners = a.bestLapCorners
        let flipped = corners.map { c in
            var c = c
            c.direction = c.direction == "left" ? "right" : c.direction == "right" ? "left" : c.direction
            return c
        }
        #expect(corners.contains { $0.direction == "left" } && corners.contains { $0.direction == "right" })
        let original = LineProfiles.compute(traces: model.traces, length: model.length, corners: corners)
        let mirror = LineProfiles.compute(traces: mirrored, length: model.length, corners: flipped)
        let known = { (ps: [CornerLineProfile]) in
            ps.filter { p in corners.first { $0.number == p.cornerNumber }?.direction != nil }
        }
        #expect(known(original) == known(mirror))
        #expect(!known(original).isEmpty)
        let unflipped = LineProfiles.compute(traces: mirrored, length: model.length, corners: corners)
        for (o, u) in zip(original, unflipped) {
            #expect(o.dApexMedian == -u.dApexMedian || o.dApexMedian == 0, "T\(o.cornerNumber)")
        }
    }

    @Test func theLapsFilterKeepsOnlyKnownLapsInOrder() throws {
        let a = AnalysisFixture.all[0].analysis
        let laps = a.coachingLaps
        let pick = [laps[2], laps[0], 999]
        let r = try a.lineAnalysis(laps: pick)
        #expect(r.traces.map(\.lapNumber) == [laps[0], laps[2]])
        #expect(r.lapTraces.map(\.lapNumber) == [laps[0], laps[2]])
        let m = r.distanceM.count
        #expect(m > 0 && r.referenceE.count == m && r.referenceN.count == m)
        #expect(r.traces.allSatisfy { $0.offsetsM.count == m })
        #expect(r.lapTraces.allSatisfy { $0.e.count == m && $0.n.count == m && $0.speedMps.count == m })
        #expect(r.nLapsUsed == laps.count)
        let none = try a.lineAnalysis(laps: [999])
        #expect(none.available && none.traces.isEmpty && none.lapTraces.isEmpty && none.distanceM.isEmpty)
        #expect(none.referenceE.count == (try #require(a.lineModel)).length)
        #expect(none.cornerProfiles == r.cornerProfiles)
    }

    @Test func atMost20Laps() throws {
        let a = AnalysisFixture.all[0].analysis
        #expect(throws: AnalysisError.self) { try a.lineAnalysis(laps: Array(1...21)) }
        do { _ = try a.lineAnalysis(laps: Array(1...21)) } catch { #expect(error.status == 422) }
        // repeats count: what the API description's maxItems says
        #expect(throws: AnalysisError.self) { try a.lineAnalysis(laps: Array(repeating: 3, count: 21)) }
        _ = try a.lineAnalysis(laps: Array(1...20))
        _ = try a.lineAnalysis(laps: Array(repeating: 3, count: 20))
    }

    @Test func stepKeepsEveryStepthSample() throws {
        let a = AnalysisFixture.all[0].analysis
        let full = try a.lineAnalysis(), thin = try a.lineAnalysis(step: 5)
        #expect(thin.distanceM.count == (full.distanceM.count + 4) / 5)
        #expect(thin.distanceM == stride(from: 0, to: full.distanceM.count, by: 5).map { full.distanceM[$0] })
        #expect(thin.traces[0].offsetsM == stride(from: 0, to: full.distanceM.count, by: 5).map { full.traces[0].offsetsM[$0] })
        #expect(thin.referenceN.count == thin.distanceM.count && thin.lapTraces[0].speedMps.count == thin.distanceM.count)
        for bad in [0, 51] {
            do { _ = try a.lineAnalysis(step: bad); Issue.record("step \(bad) accepted") } catch { #expect(error.status == 422) }
        }
    }

    @Test("the default is the best lap and the 4 coaching laps closest to it in lap time", arguments: AnalysisFixture.all)
    func defaultSelection(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let chosen = try a.lineAnalysis().traces.map(\.lapNumber)
        #expect(chosen.count == min(5, a.coachingLaps.count))
        #expect(chosen.contains(f.truth.summary.best_lap))
        let time = { (n: Int) in abs(f.truth.lap(n).lap_time_s - f.truth.lap(f.truth.summary.best_lap).lap_time_s) }
        let farthestChosen = chosen.map(time).max() ?? 0
        for lap in a.coachingLaps where !chosen.contains(lap) { #expect(time(lap) >= farthestChosen - 0.01, "lap \(lap)") }
    }

    @Test("tagging a lap out rebuilds the traces from the remaining coaching laps")
    func followsTheCoachingLaps() throws {
        let f = AnalysisFixture.all[0]
        let other = try #require(f.analysis.coachingLaps.first { $0 != f.truth.summary.best_lap })
        let tag = try #require(AnalysisConstants.excludeTags.first)
        let tagged = SessionAnalysis(session: f.session, sessionID: "sid", tags: [other: [tag]])
        let r = try tagged.lineAnalysis()
        #expect(r.nLapsUsed == f.analysis.coachingLaps.count - 1)
        #expect(!r.traces.contains { $0.lapNumber == other })
        #expect(r.cornerProfiles.allSatisfy { $0.nLaps == r.nLapsUsed })
    }

    @Test("fewer than 3 coaching laps or a poor GPS grade: not available")
    func unavailable() throws {
        let f = AnalysisFixture.all[0]
        let keep = Set(f.session.lapSummaries.prefix(2).map(\.lapNumber))
        let two = SessionAnalysis(session: session(f.session, keeping: keep), sessionID: "sid_two")
        let r = try two.lineAnalysis()
        #expect(!r.available && r.nLapsUsed == 0 && r.cornerProfiles.isEmpty && r.traces.isEmpty && r.lapTraces.isEmpty)
        #expect(r.distanceM.isEmpty && r.referenceE.isEmpty && r.referenceN.isEmpty)
        let laps = f.analysis.coachingLaps.compactMap { n in
            f.session.laps[n].map { LineLapInput(lapNumber: n, distance: $0.distanceArray, time: $0.lapTime, speed: $0.speed,
                                                 latitude: $0.latitude, longitude: $0.longitude) }
        }
        #expect(LineModel.build(laps: laps, gpsGrade: "B") != nil)
        for grade in ["C", "D", "F"] { #expect(LineModel.build(laps: laps, gpsGrade: grade) == nil) }
    }
}

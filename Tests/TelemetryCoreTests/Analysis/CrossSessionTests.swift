import Foundation
import Testing
@testable import TelemetryCore

/// Trends, milestones, session score and session comparison on the three Barber fixtures.
@Suite("Trends, milestones, score, comparison")
struct CrossSessionTests {
    static func inputs() -> [TrendSessionInput] {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime]
        return AnalysisFixture.all.map { fx in
            fx.analysis.trendInput(dateDisplay: fx.truth.session.date_local, date: f.date(from: fx.truth.session.start_local + "Z"))
        }
    }

    @Test("trends are chronological and carry the truth's best laps")
    func trends() throws {
        let inputs = Self.inputs()
        let t = try Trends.compute(trackName: "barber_motorsports_park", sessions: inputs.reversed())
        #expect(t.data.nSessions == 3)
        let truthBest = AnalysisFixture.all.map(\.truth.summary.best_lap_time_s)   // fixtures are in date order
        for (x, y) in zip(t.data.bestLapTrend, truthBest) { #expect(abs(x - y) <= 0.03) }
        #expect(t.data.sessions.map(\.sessionID) == AnalysisFixture.all.map { "sid_" + $0.name })
        #expect(Set(t.data.cornerMinSpeedTrends.keys) == Set((1...12).map(String.init)))
        #expect(t.data.cornerMinSpeedTrends["1"]!.count == 3)
        for s in t.data.sessions { #expect(s.lapTimesS == s.lapTimesS.sorted()) }
        let json = try encodedJSON(t)
        #expect(json.contains(#""track_name":"barber_motorsports_park","data":{"#) || json.contains(#""data""#))
        // GPS filter and the 422.
        var low = inputs
        low[0].gpsQualityScore = 10
        low[1].gpsQualityScore = nil
        #expect(throws: AnalysisError.notEnoughSessions("At least 2 sessions required for trend analysis. Found 1 for track 'Barber'.")) {
            try Trends.compute(trackName: "Barber", sessions: low)
        }
        #expect(try Trends.compute(trackName: "Barber", sessions: low, includeLowQuality: true).data.nSessions == 3)
    }

    @Test("milestones: first session's nearest barrier, then a PB with its gain and barrier")
    func milestones() throws {
        let m = try Milestones.compute(trackName: "Barber", sessions: Self.inputs()).milestones
        // Truth best laps 111.719, 115.115, 103.963 (ours within a few ms, from the crossings).
        let b = AnalysisFixture.all.map(\.session.snapshot.bestLapTimeS)
        for (x, y) in zip(b, AnalysisFixture.all.map(\.truth.summary.best_lap_time_s)) { #expect(abs(x - y) <= 0.03) }
        func fmt(_ t: Double) -> String { "1:" + String(format: "%05.2f", t - 60) }
        // Session 1: < 1:55 and ≥ 1:50 → the nearest barrier only; session 2 slower; session 3:
        // PB, and 1:45 (1:50 is more than 5 s away).
        #expect(m.count == 3)
        #expect(m[0].category == "sub_threshold" && m[0].description == "Sub-1:55.00 achieved: \(fmt(b[0]))")
        #expect(m[1].category == "pb" && m[1].value == b[2])
        #expect(m[1].description == "New PB: \(fmt(b[2])) (-" + String(format: "%.2f", b[0] - b[2]) + "s)")
        #expect(m[2].category == "sub_threshold" && m[2].description == "Sub-1:45.00 achieved: \(fmt(b[2]))")
        #expect(Milestones.format(65) == "1:05.00" && Milestones.format(92.451) == "1:32.45")
        #expect(throws: AnalysisError.notEnoughSessions("At least 2 sessions required for milestones. Found 1 for track 'x'.")) {
            try Milestones.compute(trackName: "x", sessions: [Self.inputs()[0]])
        }
    }

    @Test("session score (§9.2): weighted mean of the components present")
    func score() {
        let s = SessionScore.compute(lapConsistencyScore: 84.6, bestLapTime: 92.451, idealLapTime: 91.62, snapshotOptimal: nil,
                                     grades: nil)
        let pace = 100 - 500 * (1 - 91.62 / 92.451)
        #expect(abs(s.pace! - pace) < 1e-9)
        #expect(abs(s.total! - (0.4 * 84.6 + 0.3 * pace) / 0.7) < 1e-9)
        let t = SessionScore.compute(lapConsistencyScore: 0.5, bestLapTime: 100, idealLapTime: nil, snapshotOptimal: 101,
                                     grades: [.init(braking: "A", trailBraking: "B+", minSpeed: "x", throttle: nil)])
        #expect(t.consistency == 50 && t.pace == nil && t.technique == 90)
        #expect(SessionScore.compute(lapConsistencyScore: nil, bestLapTime: 0, idealLapTime: nil, snapshotOptimal: nil,
                                     grades: nil).total == nil)
        for f in AnalysisFixture.all {
            let sc = f.analysis.sessionScore()
            #expect(sc.consistency == f.session.snapshot.consistencyScore)
            #expect(sc.pace != nil && sc.total != nil && sc.technique == nil)
        }
    }

    @Test("compare: same track, delta = B − A best lap, corners matched by number")
    func compare() throws {
        let a = AnalysisFixture.all[2].analysis, b = AnalysisFixture.all[0].analysis
        let r = try SessionComparison.compare(a: .init(analysis: a), b: .init(analysis: b))
        let truth = AnalysisFixture.all[0].truth.summary.best_lap_time_s - AnalysisFixture.all[2].truth.summary.best_lap_time_s
        #expect(abs(r.deltaS - truth) <= 0.03)
        #expect(abs((r.deltaTimeS.last ?? 0) - truth) <= 0.06)
        #expect(r.cornerDeltas.count == 12)
        #expect(r.trackCoords.lat.count <= 320 && r.skillDimensions == nil && r.aiVerdict == nil)
        _ = try encodedJSON(r)
        var other = a.session
        other = ProcessedSession(metadata: SessionMetadata(trackName: "Road Atlanta", sessionDate: other.metadata.sessionDate,
                                                           racechronoVersion: other.metadata.racechronoVersion),
                                 counts: other.counts, channels: other.channels, raw: other.raw, gate: other.gate,
                                 timedLaps: other.timedLaps, laps: other.laps, lapSummaries: other.lapSummaries,
                                 bestLap: other.bestLap, anomalousLaps: other.anomalousLaps, inOutLaps: other.inOutLaps,
                                 snapshot: other.snapshot)
        let c = SessionAnalysis(session: other, sessionID: "other")
        #expect(throws: (any Error).self) { try SessionComparison.compare(a: .init(analysis: a), b: .init(analysis: c)) }
        #expect(SessionComparison.normalizedTrack("Barber  Motorsports_Park!") == "barber motorsports park")
        let skills = SessionComparison.skillDimensions([.init(braking: "A", trailBraking: "N/A", minSpeed: "B+", throttle: "C")])
        #expect(skills.braking == 100 && skills.trailBraking == 60 && skills.line == 60 && skills.throttle == 60)
    }
}

import Foundation
import Testing
import TelemetryCore
@testable import Coaching

/// The share-link comparison facts and the built-in AI-comparison narrative (platform.md §2.12, §6.2).
@Suite struct ComparisonWriterTests {
    static func paragraphs(_ text: String) -> [String] { text.components(separatedBy: "\n\n") }

    static func expectWellFormed(_ text: String) {
        #expect((3...4).contains(paragraphs(text).count), "\(text)")
        #expect(paragraphs(text).allSatisfy { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        #expect(TextPatterns.matches(TextPatterns.compile(#"\b(nan|inf|infinity)\b"#), text).isEmpty, "\(text)")
    }

    /// Two fixtures of the same track and layout (the shared set has three Barber sessions).
    static var sameTrackPair: (CoachingFixture, CoachingFixture, SessionComparisonResponse)? {
        let all = CoachingFixture.all
        for (i, a) in all.enumerated() {
            for b in all[(i + 1)...] {
                if let r = try? SessionComparison.compare(a: .init(analysis: a.analysis), b: .init(analysis: b.analysis)) {
                    return (a, b, r)
                }
            }
        }
        return nil
    }

    @Test func realComparisonOfTwoSessions() throws {
        let (a, b, comparison) = try #require(Self.sameTrackPair)
        let facts = ComparisonFacts(comparison: comparison, nameA: "Sam", nameB: "Alex")
        #expect(facts.bestLapAS == a.analysis.session.snapshot.bestLapTimeS)
        #expect(facts.bestLapBS == b.analysis.session.snapshot.bestLapTimeS)
        #expect(facts.deltaS == comparison.deltaS)
        #expect(facts.corners.map(\.number) == comparison.cornerDeltas.map(\.cornerNumber))
        #expect(facts.corners.allSatisfy { $0.bLossS?.isFinite ?? false }, "every corner lies on the trace")
        // corners add up to no more than the whole lap's delta swing
        let swing = (comparison.deltaTimeS.max() ?? 0) - (comparison.deltaTimeS.min() ?? 0)
        for c in facts.corners { #expect(abs(c.bLossS ?? 0) <= swing + 0.001) }
        let data = try JSONEncoder().encode(facts)
        #expect(try JSONDecoder().decode(ComparisonFacts.self, from: data) == facts)

        let text = BuiltinComparisonWriter.write(facts)
        Self.expectWellFormed(text)
        #expect(text.contains(Units.lapTime(facts.bestLapAS!)) && text.contains(Units.lapTime(facts.bestLapBS!)), "\(text)")
        #expect(text.contains(Units.s(abs(facts.deltaS!), digits: 3)))
        if let top = facts.corners.filter({ ($0.bLossS ?? 0) > 0 }).max(by: { $0.bLossS! < $1.bLossS! || ($0.bLossS! == $1.bLossS! && $0.number > $1.number) }) {
            #expect(text.contains("loses the most time at T\(top.number) (\(Units.s(top.bLossS!))"), "\(text)")
            #expect(text.contains(String(format: "%.1f mph", top.aMinSpeedMph!)) && text.contains(String(format: "%.1f mph", top.bMinSpeedMph!)))
            #expect(Self.paragraphs(text).last!.contains("T\(top.number)"))
        }
    }

    @Test func sessionAgainstItselfIsLevel() throws {
        let fixture = try #require(CoachingFixture.all.first)
        let comparison = try SessionComparison.compare(a: .init(analysis: fixture.analysis), b: .init(analysis: fixture.analysis))
        let facts = ComparisonFacts(comparison: comparison, nameA: "Sam", nameB: "Sam")
        #expect(facts.deltaS == 0)
        #expect(facts.corners.allSatisfy { $0.bLossS == 0 && $0.speedDiffMph == 0 })
        let text = BuiltinComparisonWriter.write(facts)
        Self.expectWellFormed(text)
        #expect(text.contains("Sam (A)") && text.contains("Sam (B)"))
        #expect(text.contains("level to the thousandth"))
        #expect(text.components(separatedBy: Units.lapTime(facts.bestLapAS!)).count == 3, "\(text)")
        let first = try #require(facts.corners.first)
        #expect(text.contains("T\(first.number) (minimum speed \(String(format: "%.1f mph", first.bMinSpeedMph!))"), "\(text)")
    }

    /// A synthetic comparison: the delta trace rises 0.30 s through T2, falls 0.10 s through T1 and rises 0.05 s
    /// through T3; one trace sample and one speed are `null`.
    static let synthetic: SessionComparisonResponse = {
        var distance: [String] = [], delta: [String] = []
        for i in 0...100 {
            let d = Double(i) * 10
            var t = 0.0
            t -= 0.10 * min(1, max(0, (d - 100) / 100))  // T1 100–200 m: B gains
            t += 0.30 * min(1, max(0, (d - 300) / 100))  // T2 300–400 m: B loses
            t += 0.20 * min(1, max(0, (d - 500) / 100))  // straight 500–600 m
            t += 0.05 * min(1, max(0, (d - 700) / 100))  // T3 700–800 m
            distance.append(String(d))
            delta.append(i == 50 ? "null" : String(t))
        }
        let json = """
        { "session_a_id": "a", "session_b_id": "b", "session_a_track": "Test Circuit", "session_b_track": "Test Circuit",
          "session_a_best_lap": 92.41, "session_b_best_lap": 92.86, "delta_s": 0.45,
          "distance_m": [\(distance.joined(separator: ","))], "delta_time_s": [\(delta.joined(separator: ","))],
          "corner_deltas": [
            { "corner_number": 1, "speed_diff_mph": -1.1, "a_min_speed_mph": 48.0, "b_min_speed_mph": 49.1, "entry_distance_m": 100.0, "exit_distance_m": 200.0 },
            { "corner_number": 2, "speed_diff_mph": 1.8, "a_min_speed_mph": 54.2, "b_min_speed_mph": 52.4, "entry_distance_m": 300.0, "exit_distance_m": 400.0 },
            { "corner_number": 3, "speed_diff_mph": 0.0, "a_min_speed_mph": 61.3, "b_min_speed_mph": null, "entry_distance_m": 700.0, "exit_distance_m": 800.0 },
            { "corner_number": 4, "speed_diff_mph": 0.5, "a_min_speed_mph": 40.0, "b_min_speed_mph": 39.5, "entry_distance_m": 990.0, "exit_distance_m": 1200.0 } ],
          "speed_traces": { "a": { "distance_m": [], "speed_mph": [] }, "b": { "distance_m": [], "speed_mph": [] } },
          "skill_dimensions": null, "ai_verdict": null, "track_coords": { "lat": [], "lon": [], "distance_m": [] } }
        """
        return try! JSONDecoder().decode(SessionComparisonResponse.self, from: Data(json.utf8))
    }()

    @Test func syntheticComparison() throws {
        let facts = ComparisonFacts(comparison: Self.synthetic, nameA: "Sam Carter", nameB: " ")
        #expect(facts.nameB == "Driver B")
        let loss = Dictionary(uniqueKeysWithValues: facts.corners.map { ($0.number, $0.bLossS) })
        #expect(abs(loss[1]!! + 0.10) < 1e-9 && abs(loss[2]!! - 0.30) < 1e-9 && abs(loss[3]!! - 0.05) < 1e-9)
        #expect(loss[4]! == nil, "T4 runs past the trace")
        #expect(facts.corners[2].bMinSpeedMph == nil && facts.corners[2].speedDiffMph == nil)

        let text = BuiltinComparisonWriter.write(facts)
        Self.expectWellFormed(text)
        let p = Self.paragraphs(text)
        #expect(p[0].contains("1:32.410") && p[0].contains("1:32.860") && p[0].contains("0.450 s slower"), "\(p[0])")
        #expect(p[0].contains("loses 0.25 s in total") && p[0].contains("loses 0.20 s on the straights"), "\(p[0])")
        #expect(p[1].hasPrefix("Driver B loses the most time at T2 (0.30 s; minimum speed 52.4 mph against Sam Carter's 54.2 mph) and T3 (0.05 s)"), "\(p[1])")
        #expect(p[1].contains("gains time at T1 (0.10 s; minimum speed 49.1 mph against Sam Carter's 48.0 mph)"), "\(p[1])")
        #expect(p[2].contains("Sam Carter carries more minimum speed at T2 (1.8 mph more) and T4 (0.5 mph more)"), "\(p[2])")
        #expect(p[2].contains("Sam Carter carries less minimum speed than Driver B at T1 (1.1 mph less)"), "\(p[2])")
        #expect(p[3].contains("At T2, aim for Sam Carter's 54.2 mph minimum speed instead of your 52.4 mph"), "\(p[3])")
    }

    @Test func challengerAheadInEveryCorner() {
        var facts = ComparisonFacts(comparison: Self.synthetic, nameA: "Sam", nameB: "Alex")
        facts.deltaS = -0.4
        for i in facts.corners.indices { facts.corners[i].bLossS = facts.corners[i].bLossS.map { -abs($0) } }
        let text = BuiltinComparisonWriter.write(facts)
        Self.expectWellFormed(text)
        let p = Self.paragraphs(text)
        #expect(p[0].contains("Alex is 0.400 s faster than Sam"), "\(p[0])")
        #expect(p[1].hasPrefix("Alex loses no time to Sam in any of the 4 corners. Alex gains time at T2 (0.30 s"), "\(p[1])")
        // Sam still carries more speed at T2: the suggestion points there
        #expect(p[3].contains("at T2 Sam still carries 54.2 mph against your 52.4 mph"), "\(p[3])")
    }

    @Test func nonFiniteComparisonIsNeverPrinted() throws {
        var c = Self.synthetic
        c.sessionABestLap = .nan
        c.deltaS = .infinity
        c.distanceM = c.distanceM.map { _ in .nan }
        c.cornerDeltas[1].aMinSpeedMph = .nan
        let facts = ComparisonFacts(comparison: c, nameA: "", nameB: "")
        #expect(facts.bestLapAS == nil && facts.deltaS == nil && facts.corners.allSatisfy { $0.bLossS == nil })
        let text = BuiltinComparisonWriter.write(facts)
        Self.expectWellFormed(text)
        #expect(text.contains("1:32.860") && text.contains("Driver A"), "\(text)")
        _ = try JSONEncoder().encode(facts)
    }
}

import Foundation
import Testing
import TelemetryCore
@testable import Coaching

/// The built-in chat coach over every fixture: each kind of question is answered with this session's numbers.
@Suite struct BuiltinChatCoachTests {
    /// Chat facts, the built-in report and the coach of one fixture.
    struct Case {
        let facts: ChatFacts
        let report: CoachingReport
        let coach = BuiltinChatCoach()
        init(_ fixture: CoachingFixture, skill: CoachingSkill = .intermediate) {
            facts = ChatFacts.make(from: fixture.analysis, skill: skill)
            report = BuiltinCoach().report(for: facts.coaching)
        }
        func ask(_ q: String) -> String {
            let answer = coach.answer(q, facts: facts, report: report)
            BuiltinChatCoachTests.expectCitable(answer, q)
            return answer
        }
        var session: SessionFacts { facts.coaching.session! }
    }

    /// Every answer cites a number and prints no NaN or infinity.
    static func expectCitable(_ answer: String, _ question: String) {
        #expect(answer.contains { $0.isNumber }, "\(question): \(answer)")
        #expect(TextPatterns.matches(TextPatterns.compile(#"\b(nan|inf|infinity)\b"#), answer).isEmpty, "\(question): \(answer)")
    }

    /// `T<n>` as a whole corner name (T1 is not found inside T12).
    static func names(_ answer: String, corner n: Int) -> Bool {
        !TextPatterns.matches(TextPatterns.compile(#"\bT\#(n)\b"#), answer).isEmpty
    }

    @Test(arguments: CoachingFixture.all)
    func chatFactsCoverEveryTimedLap(_ fixture: CoachingFixture) throws {
        let facts = ChatFacts.make(from: fixture.analysis, skill: .advanced)
        let session = fixture.analysis.session
        #expect(facts.coaching == CoachingFacts.make(from: fixture.analysis, skill: .advanced))
        #expect(facts.laps.map(\.lapNumber) == session.lapSummaries.map(\.lapNumber).sorted())
        for lap in facts.laps {
            #expect(lap.isAnomalous == session.anomalousLaps.contains(lap.lapNumber))
            #expect(lap.isCoachingLap == fixture.analysis.coachingLaps.contains(lap.lapNumber))
            #expect(lap.corners.allSatisfy { (1...facts.coaching.cornerCount).contains($0.number) })
            #expect(lap.corners.map(\.number) == lap.corners.map(\.number).sorted())
        }
        // anomalous laps get their corners too
        for n in session.anomalousLaps { #expect(!(facts.lap(n)?.corners.isEmpty ?? true), "lap \(n)") }
        // the best lap's corners are the facts' best-lap numbers
        let best = try #require(facts.lap(session.bestLap))
        for c in facts.coaching.corners {
            #expect(best.corner(c.number)?.minSpeedMps == c.minSpeedBestLapMps)
            #expect(best.corner(c.number)?.brakePointM == c.brakePointBestLapM)
        }
        // JSONEncoder throws on NaN and ±Infinity
        let data = try JSONEncoder().encode(facts)
        #expect(try JSONDecoder().decode(ChatFacts.self, from: data) == facts)
    }

    @Test(arguments: CoachingFixture.all)
    func cornerAnswers(_ fixture: CoachingFixture) {
        let c = Case(fixture)
        for corner in c.facts.coaching.corners {
            let n = corner.number
            let answer = c.ask("How do I fix T\(n)?")
            for form in ["t \(n)", "turn \(n)", "Corner \(n)"] { #expect(c.ask(form) == answer, "\(form)") }
            #expect(Self.names(answer, corner: n))
            #expect(answer.contains(Units.mph(corner.minSpeedMedianMps)), "\(answer)")
            #expect(answer.contains(Units.mph(corner.minSpeedBestLapMps)))
            #expect(answer.contains(Units.mph(corner.minSpeedSessionBestMps)) && answer.contains("lap \(corner.minSpeedSessionBestLap)"))
            #expect(answer.contains(Units.s(corner.timeCostS)))
            if let b = corner.brakePointMedianM { #expect(answer.contains(Units.m(b))) }
            if let b = corner.brakePointLatestM { #expect(answer.contains(Units.m(b))) }
            if let o = corner.optimalBrakePointM { #expect(answer.contains(Units.m(o))) }
            if let d = corner.peakDecelMedianG { #expect(answer.contains(Units.g(d))) }
            if let t = corner.trailBraking { #expect(answer.contains(Units.pct(t.overlapMedian))) }
            if let a = corner.apexToThrottleMedianM { #expect(answer.contains(Units.m(a))) }
            let grade = c.report.corner_grades.first { $0.corner == n }!
            #expect(answer.contains("braking \(grade.braking)") && answer.contains("throttle \(grade.throttle)"))
            if let p = c.report.priority_corners.first(where: { $0.corner == n }) { #expect(answer.contains(p.tip)) }
            // without a report the numbers stay
            let bare = c.coach.answer("T\(n)", facts: c.facts, report: nil)
            #expect(bare.contains(Units.mph(corner.minSpeedMedianMps)) && !bare.contains("Report"))
        }
        let count = c.facts.coaching.cornerCount
        let unknown = c.ask("What about T\(count + 28)?")
        #expect(unknown.contains("\(count) corners"), "\(unknown)")
    }

    @Test(arguments: CoachingFixture.all)
    func cornerOnALap(_ fixture: CoachingFixture) throws {
        let c = Case(fixture)
        let lap = try #require(c.facts.laps.last)
        let corner = try #require(lap.corners.first)
        let answer = c.ask("T\(corner.number) on lap \(lap.lapNumber)")
        #expect(answer.contains(Units.mph(corner.minSpeedMps)) && answer.contains(Units.lapTime(lap.lapTimeS)), "\(answer)")
    }

    @Test(arguments: CoachingFixture.all)
    func losingTimeNamesTheCostliestCorner(_ fixture: CoachingFixture) throws {
        let c = Case(fixture)
        let top = try #require(c.facts.coaching.corners.max { $0.timeCostS < $1.timeCostS || ($0.timeCostS == $1.timeCostS && $0.number > $1.number) })
        for q in ["Where am I losing time?", "where can I gain", "biggest gains"] {
            let answer = c.ask(q)
            #expect(answer.hasPrefix("The corners that cost you the most"), "\(answer)")
            #expect(answer.contains("1. T\(top.number): \(Units.s(top.timeCostS))"), "\(answer)")
            if let g = c.session.consistencyGainS { #expect(answer.contains(Units.s(g))) }
            if let g = c.session.compositeGainS { #expect(answer.contains(Units.s(g))) }
            if let o = c.session.optimalLapTimeS { #expect(answer.contains(Units.lapTime(o))) }
            #expect(answer.contains(c.report.primary_focus))
        }
    }

    @Test(arguments: CoachingFixture.all)
    func brakingNamesTheBiggestBrakePointGap(_ fixture: CoachingFixture) throws {
        let c = Case(fixture)
        let answer = c.ask("How is my braking?")
        let braked = c.facts.coaching.corners.filter { $0.brakePointMedianM != nil }
        #expect(answer.contains("\(braked.count) of \(c.facts.coaching.cornerCount) corners"), "\(answer)")
        if let top = c.session.demonstratedMaxDecelG { #expect(answer.contains(Units.g(top))) }
        let gaps = braked.compactMap { b -> (Int, Double)? in
            let m = b.brakePointMedianM!
            let g = [b.brakePointLatestM, b.optimalBrakePointM].compactMap { $0.map { ChatText.metreDifference($0, m) } }.max()
            return g.map { (b.number, $0) }
        }
        if let biggest = gaps.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }), biggest.1 >= 1 {
            #expect(answer.contains("- T\(biggest.0): median"), "\(answer)")
            #expect(answer.contains("up to \(Units.m(biggest.1)) later"))
        }
    }

    @Test(arguments: CoachingFixture.all)
    func consistencyCitesScoresAndTheLeastConsistentCorner(_ fixture: CoachingFixture) throws {
        let c = Case(fixture)
        let answer = c.ask("How consistent am I?")
        let score = try #require(c.session.lapConsistencyScore)
        #expect(answer.contains(String(format: "%.0f/100", score)), "\(answer)")
        if let std = c.session.lapTimeStdS { #expect(answer.contains(Units.s(std))) }
        if let spread = c.session.lapTimeSpreadS { #expect(answer.contains(Units.s(spread))) }
        let scored = c.facts.coaching.corners.filter { $0.consistencyScore != nil }
        if let worst = scored.min(by: { $0.consistencyScore! < $1.consistencyScore! || ($0.consistencyScore! == $1.consistencyScore! && $0.number < $1.number) }) {
            #expect(answer.contains("- T\(worst.number): consistency"), "\(answer)")
        }
    }

    @Test(arguments: CoachingFixture.all)
    func lapAnswers(_ fixture: CoachingFixture) {
        let c = Case(fixture)
        for lap in c.facts.laps {
            let answer = c.ask("lap \(lap.lapNumber)")
            #expect(answer.contains(Units.lapTime(lap.lapTimeS)), "\(answer)")
            if lap.lapNumber == c.session.bestLap {
                #expect(answer.contains("best lap"))
            } else {
                #expect(answer.contains(ChatText.signedLapDelta(lap.lapTimeS - c.session.bestLapTimeS)), "\(answer)")
                #expect(answer.contains(Units.lapTime(c.session.bestLapTimeS)))
                #expect(answer.contains("anomalous") == lap.isAnomalous, "\(answer)")
                // the corner that lost the most minimum speed against the best lap is first
                let best = c.facts.lap(c.session.bestLap)!
                let losses = lap.corners.compactMap { lc in best.corner(lc.number).map { (lc.number, $0.minSpeedMps - lc.minSpeedMps) } }
                    .filter { $0.1 > 0 }
                if let worst = losses.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }) {
                    #expect(answer.contains("at:\n- T\(worst.0): "), "\(answer)")
                }
            }
        }
        let missing = (c.facts.laps.map(\.lapNumber).max() ?? 0) + 50
        let unknown = c.ask("lap \(missing)")
        #expect(unknown.contains("no timed lap \(missing)") && unknown.contains(Units.lapList(c.facts.laps.map(\.lapNumber))), "\(unknown)")
    }

    @Test(arguments: CoachingFixture.all)
    func twoLapAnswers(_ fixture: CoachingFixture) throws {
        let c = Case(fixture)
        let best = c.session.bestLap
        let other = try #require(c.facts.laps.first { $0.lapNumber != best })
        let bestLap = try #require(c.facts.lap(best))
        for q in ["lap \(other.lapNumber) vs lap \(best)", "compare lap \(other.lapNumber) and lap \(best)", "laps \(other.lapNumber) and \(best)"] {
            let answer = c.ask(q)
            #expect(answer.contains(Units.lapTime(other.lapTimeS)) && answer.contains(Units.lapTime(bestLap.lapTimeS)), "\(answer)")
            #expect(answer.contains("lap \(best) was \(Units.s(other.lapTimeS - bestLap.lapTimeS, digits: 3)) quicker")
                    || other.lapTimeS == bestLap.lapTimeS, "\(answer)")
            let diffs = other.corners.compactMap { lc in bestLap.corner(lc.number).map { (lc.number, abs($0.minSpeedMps - lc.minSpeedMps)) } }
            if let top = diffs.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }) {
                #expect(answer.contains("differences:\n- T\(top.0): "), "\(answer)")
            }
        }
        let unknown = c.ask("lap \(best) vs lap 999")
        #expect(unknown.contains("no timed lap 999"), "\(unknown)")
    }

    @Test(arguments: CoachingFixture.all)
    func summaryAnswer(_ fixture: CoachingFixture) {
        let c = Case(fixture)
        let answer = c.ask("How did I do?")
        #expect(answer.contains(Units.lapTime(c.session.bestLapTimeS)) && answer.contains("lap \(c.session.bestLap)"))
        #expect(answer.contains("\(c.session.lapCount) timed laps"))
        #expect(answer.contains(c.report.primary_focus), "\(answer)")
        #expect(c.ask("summary") == answer)
    }

    @Test(arguments: CoachingFixture.all)
    func fallbackListsQuestionsThatWork(_ fixture: CoachingFixture) throws {
        let c = Case(fixture)
        let answer = c.ask("What is the meaning of life?")
        #expect(answer.contains("\(c.facts.coaching.cornerCount) corners") && answer.contains(Units.lapTime(c.session.bestLapTimeS)))
        let examples = TextPatterns.matches(TextPatterns.compile(#""[^"]+""#), answer).map { String($0.dropFirst().dropLast()) }
        #expect(examples.count >= 6, "\(answer)")
        for q in examples {
            #expect(ChatIntentReader.read(q) != .unknown, "\(q)")
            #expect(c.ask(q) != answer, "\(q)")
        }
        let topCorner = try #require(c.facts.coaching.corners.max { $0.timeCostS < $1.timeCostS || ($0.timeCostS == $1.timeCostS && $0.number > $1.number) })
        #expect(examples.contains("T\(topCorner.number)"))
    }

    @Test(arguments: CoachingFixture.all)
    func everySkillAndQuestionIsFinite(_ fixture: CoachingFixture) {
        for skill in CoachingSkill.allCases {
            let c = Case(fixture, skill: skill)
            for q in ["T1", "T2 on lap 2", "lap 1", "lap 1 vs lap 2", "best lap", "slowest lap", "where am I losing time",
                      "braking", "consistency", "summary", "hello"] {
                _ = c.ask(q)
            }
        }
    }

    @Test func nonFiniteFactsAreNeverPrinted() throws {
        let fixture = try #require(CoachingFixture.all.first)
        var facts = ChatFacts.make(from: fixture.analysis, skill: .advanced)
        facts.coaching.corners[0].minSpeedMedianMps = .nan
        facts.coaching.corners[0].brakePointMedianM = .infinity
        facts.coaching.corners[0].timeCostS = -.infinity
        facts.coaching.session?.lapConsistencyScore = .nan
        facts.coaching.session?.demonstratedMaxDecelG = .infinity
        facts.laps[0].lapTimeS = .nan
        facts.laps[1].corners[0].minSpeedMps = .infinity
        facts.laps[1].corners[1].brakePointM = .nan
        for q in ["T1", "T1 on lap 2", "lap 1", "lap 2", "lap 2 vs lap 3", "where am I losing time", "braking", "consistency",
                  "summary", "hello"] {
            Self.expectCitable(BuiltinChatCoach().answer(q, facts: facts, report: nil), q)
        }
    }

    @Test func differencesMatchThePrintedNumbers() {
        func printed(_ text: String) -> Double { Double(text.split(separator: " ")[0])! }
        for (a, b) in [(598.5, 580.0), (580.5, 598.5), (1607.6, 1597.4), (-2.5, 3.5), (100.49, 99.51)] {
            #expect(ChatText.metreDifference(a, b) == printed(Units.m(a)) - printed(Units.m(b)), "\(a) \(b)")
        }
        for (a, b) in [(29.45, 28.75), (25.0, 25.02), (30.11, 29.49)] {
            let d = ChatText.mphDifference(a, b)
            #expect(abs(d - (printed(Units.mph(a)) - printed(Units.mph(b)))) < 1e-9, "\(a) \(b)")
        }
    }

    @Test func emptySessionStillCitesANumber() {
        let facts = ChatFacts(coaching: CoachingFacts(skill: .novice, trackName: "", cornerCount: 0), laps: [])
        for q in ["T1", "lap 1", "lap 1 vs lap 2", "where am I losing time", "braking", "consistency", "summary", "hello"] {
            Self.expectCitable(BuiltinChatCoach().answer(q, facts: facts, report: nil), q)
        }
    }
}

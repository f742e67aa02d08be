import Testing
import Coaching
import Storage
@testable import App

/// platform.md §10.4 rules 3 and 4: praise when every corner's braking and trail braking is B or better (or not
/// graded), safety when a pattern names brake fade, overdriving, a spin or going off track.
@Suite struct ReportFlagRulesTests {
    static func report(grades: [(String, String)], patterns: [String] = []) -> CoachingReport {
        CoachingReport(
            skill_level: .intermediate, summary: "", primary_focus: "", priority_corners: [],
            corner_grades: grades.enumerated().map { index, grade in
                CornerGrade(corner: index + 1, braking: grade.0, trail_braking: grade.1, min_speed: "C", throttle: "D", notes: "",
                            braking_reason: "", trail_braking_reason: "", min_speed_reason: "", throttle_reason: "")
            },
            patterns: patterns, drills: [], generated_by: "builtin")
    }

    @Test func praiseWhenEveryCornerBrakesWell() {
        let flags = ReportFlagRules.flags(for: Self.report(grades: [("A", "B+"), ("B", "N/A")]), sessionID: "s1")
        #expect(flags.map(\.type) == [.praise])
    }

    @Test(arguments: [[("A", "B-")], [("C", "A")], []])
    func noPraiseWithAWeakerCornerOrNoCorners(_ grades: [(String, String)]) {
        #expect(ReportFlagRules.flags(for: Self.report(grades: grades), sessionID: "s1").isEmpty)
    }

    @Test(arguments: ["**Brake fade**: late laps stop 9 m longer", "Signs of overdriving at T5", "A spin on lap 7", "Off-track at T3"])
    func safetyQuotesThePattern(_ pattern: String) {
        let flags = ReportFlagRules.flags(for: Self.report(grades: [("C", "C")], patterns: ["Consistent laps", pattern]),
                                          sessionID: "s1")
        #expect(flags.map(\.type) == [.safety])
        #expect(flags.first?.description.contains(pattern) == true)
    }

    @Test func oneSafetyFlagPerReport() {
        let flags = ReportFlagRules.flags(for: Self.report(grades: [("C", "C")], patterns: ["A spin on lap 7", "Brake fade late"]),
                                          sessionID: "s1")
        #expect(flags.filter { $0.type == .safety }.count == 1)
    }
}

import Testing
@testable import Coaching

/// platform.md §3.3 step 1: the composites a report must never contain.
@Suite struct ForbiddenCompositesTests {
    @Test(arguments: [
        "You lose 3 mph of grip in T5", "that is 0.2 G of speed", "carry 5% mph more", "use 10 percent of g",
        "gain 4 mph per g", "ratio of 3 mph/g", "speed utilization at 92%", "MPH OF TRACTION",
    ])
    func compositeIsFound(_ text: String) {
        #expect(!ForbiddenComposites.violations(in: text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "Carry 3 mph more through T5", "peak braking 1.1 g at T1", "brake 15 m later", "92% of laps were clean",
        "grip limited", "a 0.3 s gain",
    ])
    func plainPhrasesPass(_ text: String) {
        #expect(ForbiddenComposites.violations(in: text).isEmpty, "\(text)")
    }

    @Test func redactionReplacesOnlyTheComposite() {
        #expect(ForbiddenComposites.redacted("You lose 3 mph of grip in T5") == "You lose 3 [redacted] in T5")
    }

    @Test func keepingCornersDropsNumbersOutsideTheTrack() {
        let grade = { (n: Int) in
            CornerGrade(corner: n, braking: "A", trail_braking: "A", min_speed: "A", throttle: "A", notes: "",
                        braking_reason: "", trail_braking_reason: "", min_speed_reason: "", throttle_reason: "")
        }
        let report = CoachingReport(skill_level: .novice, summary: "", primary_focus: "",
                                    priority_corners: [PriorityCorner(corner: 9, time_cost_s: 0.2, issue: "", tip: "")],
                                    corner_grades: [grade(0), grade(1), grade(8), grade(9)], patterns: [], drills: [],
                                    generated_by: "builtin")
        let kept = report.keepingCorners(upTo: 8)
        #expect(kept.corner_grades.map(\.corner) == [1, 8])
        #expect(kept.priority_corners.isEmpty)
    }
}

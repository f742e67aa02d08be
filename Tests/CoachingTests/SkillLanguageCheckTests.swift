import Testing
@testable import Coaching

/// The skill-specific language rules of platform.md §3.3 as a deterministic check.
@Suite struct SkillLanguageCheckTests {
    static func report(_ skill: CoachingSkill, text: String, tip: String = "Brake later because it helps.",
                       priorities: Int = 1, trail: String = "N/A") -> CoachingReport {
        let grade = CornerGrade(corner: 1, braking: "B", trail_braking: trail, min_speed: "B", throttle: "B", notes: text,
                                braking_reason: "12 m", trail_braking_reason: "Not graded at novice level.",
                                min_speed_reason: "40.0 mph", throttle_reason: "8 m")
        let p = (0..<priorities).map { _ in PriorityCorner(corner: 1, time_cost_s: 0.2, issue: "0.2 s lost", tip: tip) }
        return CoachingReport(skill_level: skill, summary: "Best lap 1:40.000, 0.5 s to find.", primary_focus: "T1",
                              priority_corners: p, corner_grades: [grade], patterns: [], drills: [], generated_by: "builtin")
    }

    @Test(arguments: ["Use trail braking here", "mind the friction circle", "slip angle builds", "your CV is 2%",
                      "the standard deviation is 3 m", "median brake point"])
    func noviceJargonIsFound(_ text: String) {
        #expect(!SkillLanguageCheck.violations(in: Self.report(.novice, text: text)).isEmpty, "\(text)")
    }

    @Test func noviceLimitsAndReasons() {
        #expect(SkillLanguageCheck.violations(in: Self.report(.novice, text: "Brake at the same marker.")).isEmpty)
        #expect(!SkillLanguageCheck.violations(in: Self.report(.novice, text: "ok", priorities: 3)).isEmpty)
        #expect(!SkillLanguageCheck.violations(in: Self.report(.novice, text: "ok", tip: "Brake later.")).isEmpty)
        #expect(!SkillLanguageCheck.violations(in: Self.report(.novice, text: "ok", trail: "B")).isEmpty)
    }

    @Test func intermediateNeedsReasoning() {
        #expect(SkillLanguageCheck.violations(in: Self.report(.intermediate, text: "trail braking at T1")).isEmpty)
        #expect(!SkillLanguageCheck.violations(in: Self.report(.intermediate, text: "ok", tip: "Brake later.")).isEmpty)
    }

    @Test func advancedNeedsQuantities() {
        #expect(SkillLanguageCheck.violations(in: Self.report(.advanced, text: "ok", tip: "Brake 5 m later.")).isEmpty)
        #expect(!SkillLanguageCheck.violations(in: Self.report(.advanced, text: "ok", tip: "Brake later.")).isEmpty)
        #expect(!SkillLanguageCheck.violations(in: Self.report(.advanced, text: "just brake later", tip: "Brake 5 m later.")).isEmpty)
    }

    @Test(arguments: ["12 m", "0.31 s", "52.3 mph", "0.95 g", "80 km/h", "45%"])
    func quantitiesAreRecognised(_ text: String) {
        #expect(SkillLanguageCheck.hasQuantity(text))
    }
}

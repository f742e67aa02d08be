import TestSupport
import Coaching
@testable import CoachingProviders
import Testing

/// Field coercion of platform.md §3.1 on a model's loosely typed answer.
@Suite struct CoercionTests {
    static let sloppy = """
    Here is the report you asked for:
    ```json
    {"summary": "Decent pace.", "primary_focus": 7,
     "priority_corners": [
        {"corner": "4", "time_cost_s": "0.3", "issue": "late apex", "tip": "turn in later"},
        {"corner": "T2", "time_cost_s": -1, "issue": "x", "tip": "y"},
        {"corner": 2.0, "time_cost_s": "lots", "issue": "entry", "tip": "brake earlier"},
        {"corner": 9, "time_cost_s": 0.5, "issue": "beyond the track", "tip": "-"},
        {"corner": 1, "time_cost_s": 0.1, "issue": "fourth", "tip": "cut to three"}],
     "corner_grades": [
        {"corner": 1, "braking": "b+", "trail_braking": "Excellent", "min_speed": "N/A", "notes": "ok"},
        {"corner": "3", "braking": "n/a", "trail_braking": "C", "min_speed": "A", "throttle": null},
        {"corner": 0, "braking": "A"}, {"corner": 6, "braking": "A"}, "not an object"],
     "patterns": "**Single**: one string", "drills": ["**Drill**: one", 42]}
    ```
    Let me know if you need more.
    """

    @Test func sloppyAnswerIsCoerced() throws {
        let report = try ReportCoercion.report(from: Self.sloppy, facts: Fixtures.facts, generatedBy: "anthropic:m")
        #expect(report.summary == "Decent pace.")
        #expect(report.primary_focus == "", "a non-string focus becomes empty")
        #expect(report.priority_corners.map(\.corner) == [4, 2, 1], "T2 → 0 and 9 dropped; cut to 3 for intermediate")
        #expect(report.priority_corners.map(\.time_cost_s) == [0.3, 0, 0.1])
        #expect(report.corner_grades.map(\.corner) == [1, 3], "corners 0 and 6 are outside 1…5")
        let first = report.corner_grades[0]
        #expect([first.braking, first.trail_braking, first.min_speed, first.throttle] == ["B+", "?", "?", "?"])
        let third = report.corner_grades[1]
        #expect([third.braking, third.trail_braking, third.min_speed, third.throttle] == ["N/A", "C", "A", "?"])
        #expect(report.patterns == ["**Single**: one string"])
        #expect(report.drills == ["**Drill**: one"])
        #expect(report.skill_level == .intermediate && report.generated_by == "anthropic:m")
    }

    @Test func noviceTrailBrakingIsNotGradedAndTwoPrioritiesAtMost() throws {
        var facts = Fixtures.facts
        facts.skill = .novice
        let report = try ReportCoercion.report(from: Self.sloppy, facts: facts, generatedBy: "x:y")
        #expect(report.corner_grades.allSatisfy { $0.trail_braking == "N/A" && $0.trail_braking_reason == ReportCoercion.noviceTrailBrakingReason })
        #expect(report.priority_corners.count == 2)
        #expect(report.skill_level == .novice)
    }

    @Test(arguments: ["no json here", #"{"summary": ""}"#, #"["summary"]"#, "{\"summary\": \"unterminated"])
    func answersWithoutAReportAreUnparseable(_ answer: String) {
        #expect(throws: UnparseableOutput.self) {
            try ReportCoercion.report(from: answer, facts: Fixtures.facts, generatedBy: "x:y")
        }
    }

    @Test func coercionAppliesToAnswersFromTheWire() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.openai, .text(.openai, Self.sloppy))
            let report = try await stub.writer(keys: [.openai]).write(Fixtures.facts)
            #expect(report.generated_by == "openai:gpt-test")
            #expect(report.priority_corners.map(\.corner) == [4, 2, 1])
            #expect(report.corner_grades.map(\.corner) == [1, 3])
        }
    }
}

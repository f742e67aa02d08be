import TestSupport
import Coaching
import CoachingProviders
import Foundation
import Logging

/// Facts and model answers shared by the tests.
enum Fixtures {
    static let facts = CoachingFacts(skill: .intermediate, trackName: "Test Raceway", cornerCount: 5)

    /// A well-formed report answer; `summary` replaceable to plant phrases.
    static func reportJSON(summary: String = "A tidy session: your entries are consistent and T3 is where the time is.") -> String {
        """
        {"summary": "\(summary)",
         "primary_focus": "T3: release the brake more gradually",
         "priority_corners": [{"corner": 3, "time_cost_s": 0.42, "issue": "Early release", "tip": "Ease off over 10 m because the car settles"}],
         "corner_grades": [{"corner": 1, "braking": "B", "trail_braking": "C", "min_speed": "A", "throttle": "B+",
                            "notes": "Good", "braking_reason": "Consistent", "trail_braking_reason": "Short",
                            "min_speed_reason": "High", "throttle_reason": "Early"}],
         "patterns": ["**Entry**: consistent braking points"],
         "drills": ["**Brake release**: count to two while easing off"]}
        """
    }

    /// A judge verdict with every score `score` and the given violations.
    static func verdictJSON(score: Int, violations: [String] = []) -> String {
        let scores = RubricCriterion.allCases.map { "\"\($0.rawValue)\": \(score)" }.joined(separator: ", ")
        let list = violations.map { "\"\($0)\"" }.joined(separator: ", ")
        return #"{"scores": {\#(scores)}, "violations": [\#(list)]}"#
    }
}

/// Stands in for the built-in coach.
struct BuiltinStub: CoachingReportWriter {
    var name: String { "builtin" }

    func write(_ facts: CoachingFacts) async throws -> CoachingReport {
        CoachingReport(skill_level: facts.skill, summary: "built-in summary", primary_focus: "", priority_corners: [],
                       corner_grades: [], patterns: [], drills: [], generated_by: "builtin")
    }
}

extension StubLLMServer {
    /// The app's writer over this stub, with `fallback` the built-in stand-in.
    func writer(keys: Set<ProviderKind> = Set(ProviderKind.allCases), _ extra: [String: String] = [:]) throws -> ReportWriterChain {
        try LLMProviders(environment: environment(keys: keys, extra), logger: .quiet).reportWriter(fallback: BuiltinStub())
    }
}

extension Logger {
    /// Set `LLM_TEST_LOG=1` to see the providers' retries and fallbacks while testing.
    static let quiet: Logger = {
        var logger = Logger(label: "cataclysm.llm.test")
        logger.logLevel = ProcessInfo.processInfo.environment["LLM_TEST_LOG"] == nil ? .critical : .debug
        return logger
    }()
}

/// The judge's answer about one report: a score per criterion and the violations it reported.
public struct RubricVerdict: Sendable, Equatable {
    /// The lowest passing score.
    public static let passingScore = 3

    /// 1 (poor) to 5 (excellent) per criterion.
    public var scores: [RubricCriterion: Int]
    /// The skill-level rules the judge saw broken, in its words.
    public var violations: [String]

    public init(scores: [RubricCriterion: Int], violations: [String]) {
        self.scores = scores
        self.violations = violations
    }

    /// Fails when any score is below 3 or when the judge reported a violation.
    public var passed: Bool { lowScores.isEmpty && violations.isEmpty }

    /// The criteria below the passing score, as `criterion scored n/5`, in the criteria's order.
    public var lowScores: [String] {
        RubricCriterion.allCases.compactMap { criterion in
            scores[criterion].flatMap { $0 < Self.passingScore ? "\(criterion.rawValue) scored \($0)/5" : nil }
        }
    }

    /// What a report that still fails carries in `validation_violations`: the judge's strings, then its low scores.
    public var reportedViolations: [String] { violations + lowScores }
}

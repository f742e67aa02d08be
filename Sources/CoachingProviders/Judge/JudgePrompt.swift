import Coaching

/// The rubric judge's request: the criteria, the skill's rules, the facts and the report; a JSON verdict back.
enum JudgePrompt {
    static func system(for skill: CoachingSkill) -> String {
        let criteria = RubricCriterion.allCases.map { "- \($0.rawValue): \($0.question)" }
        let rules = (SkillLanguageRules.rules(for: skill) + [SkillLanguageRules.forbiddenComposites]).map { "- \($0)" }
        return """
        You review a motorsport coaching report written for a \(skill.rawValue) driver. Score each criterion from 1 \
        (poor) to 5 (excellent):
        \(criteria.joined(separator: "\n"))

        The report must follow these rules for this level; list every breach as a violation:
        \(rules.joined(separator: "\n"))

        Answer with one JSON object and nothing else:
        {"scores": {\(RubricCriterion.allCases.map { "\"\($0.rawValue)\": <1-5>" }.joined(separator: ", "))},
         "violations": ["one short sentence per breach"]}
        """
    }

    static func user(facts: CoachingFacts, report: CoachingReport) -> String {
        """
        Session facts (JSON):
        \(PromptJSON.text(facts))

        Report (JSON):
        \(PromptJSON.text(report))
        """
    }

    /// Reads the verdict; an answer without a score for every criterion is unparseable (and so retried).
    static func verdict(from answer: String) throws -> RubricVerdict {
        let json = try JSONExtraction.object(in: answer)
        var scores: [RubricCriterion: Int] = [:]
        for criterion in RubricCriterion.allCases {
            guard let score = json["scores"]?[criterion.rawValue]?.number, score.isFinite else {
                throw UnparseableOutput("the verdict has no \(criterion.rawValue) score")
            }
            scores[criterion] = Int(score.rounded())
        }
        let violations = (json["violations"]?.array ?? []).compactMap(\.string).filter { !$0.isEmpty }
        return RubricVerdict(scores: scores, violations: violations)
    }
}

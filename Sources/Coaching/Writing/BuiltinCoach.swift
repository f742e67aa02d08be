/// The built-in coach: a deterministic, explainable report written from the facts alone (RUBRIC.md beside this
/// module says what every letter means). Needs no network; fast enough to run inline (well under 20 ms).
public struct BuiltinCoach: CoachingReportWriter {
    public let name = "builtin"
    public var writesInstantly: Bool { true }

    public init() {}

    public func write(_ facts: CoachingFacts) async throws -> CoachingReport { report(for: facts) }

    /// The report for `facts`: the same facts give the same report, byte for byte.
    public func report(for facts: CoachingFacts) -> CoachingReport {
        let skill = facts.skill
        let count = max(0, facts.cornerCount)
        let assessments: [CornerAssessment] = count == 0 ? [] : (1...count).map { n in
            let f = facts.corners.first { $0.number == n } ?? Self.emptyCorner(n)
            return CornerAssessment.assess(f, session: facts.session, skill: skill)
        }
        let priorities = PriorityPicker.pick(assessments, skill: skill)
        var drills: [String] = []
        for (a, _) in priorities { if let d = a.weakest?.drill, !d.isEmpty, !drills.contains(d) { drills.append(d) } }
        let report = CoachingReport(
            skill_level: skill, summary: SummaryWriter.summary(facts, priorities: priorities),
            primary_focus: SummaryWriter.primaryFocus(priorities, skill: skill), priority_corners: priorities.map(\.1),
            corner_grades: assessments.map { $0.cornerGrade(skill: skill) },
            patterns: PatternWriter.patterns(facts, corners: assessments), drills: drills, generated_by: name)
        return report.keepingCorners(upTo: count)
    }

    /// A corner the facts lack (never when they come from `CoachingFacts.make`): nothing measured.
    static func emptyCorner(_ n: Int) -> CornerFacts {
        CornerFacts(number: n, direction: nil, entryM: 0, apexM: 0, exitM: 0, laps: [], minSpeedBestLapMps: 0,
                    minSpeedMedianMps: 0, minSpeedSessionBestMps: 0, minSpeedSessionBestLap: 0, brakedLaps: 0,
                    timeCostS: 0)
    }
}

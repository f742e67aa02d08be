/// One corner's four grades, its weakest area and the time it costs.
struct CornerAssessment: Equatable {
    var facts: CornerFacts
    var braking: AreaGrade
    var trailBraking: AreaGrade
    var minSpeed: AreaGrade
    var throttle: AreaGrade

    /// Grades every area of `facts` at `skill`.
    static func assess(_ facts: CornerFacts, session: SessionFacts?, skill: CoachingSkill) -> CornerAssessment {
        CornerAssessment(facts: facts, braking: BrakingGrader.grade(facts, session, skill: skill),
                         trailBraking: TrailBrakingGrader.grade(facts, skill: skill),
                         minSpeed: MinSpeedGrader.grade(facts, skill: skill),
                         throttle: ThrottleGrader.grade(facts, skill: skill))
    }

    var grades: [AreaGrade] { [braking, minSpeed, throttle, trailBraking] }

    /// The graded area with the worst letter (ties: braking, min speed, throttle, trail braking); `nil` if none graded.
    var weakest: AreaGrade? {
        grades.filter { $0.letter != nil }.min { l, r in
            l.letter! != r.letter! ? l.letter! > r.letter! : l.area.rawValue < r.area.rawValue
        }
    }

    /// The report's entry for this corner.
    func cornerGrade(skill: CoachingSkill) -> CornerGrade {
        CornerGrade(corner: facts.number, braking: braking.text, trail_braking: trailBraking.text, min_speed: minSpeed.text,
                    throttle: throttle.text, notes: notes(skill: skill), braking_reason: braking.reason,
                    trail_braking_reason: trailBraking.reason, min_speed_reason: minSpeed.reason,
                    throttle_reason: throttle.reason)
    }

    /// One line: the weakest area and the time at stake.
    func notes(skill: CoachingSkill) -> String {
        let cost = Units.s(facts.timeCostS)
        guard let w = weakest else { return "Nothing to grade here; worth about \(cost) per lap." }
        let name = AreaNames.name(w.area, skill: skill)
        return w.letter! <= .b
            ? "Solid: every graded area B or better; about \(cost) per lap left here."
            : "Weakest: \(name) (\(w.text)); about \(cost) per lap to gain here."
    }
}

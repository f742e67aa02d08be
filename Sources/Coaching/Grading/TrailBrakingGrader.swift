/// Grades a corner's trail braking (RUBRIC.md, Trail braking).
enum TrailBrakingGrader {
    /// The median share of the lateral build-up (turn-in at 30 % of the peak lateral g between brake point and apex, to
    /// 80 % of it) during which the car still decelerates by 0.1 g or more, on `Scales.trailOverlap`. `N/A` at novice
    /// (not graded at that level), without braking, or without both g channels.
    static func grade(_ c: CornerFacts, skill: CoachingSkill) -> AreaGrade {
        if skill == .novice {
            return .notApplicable(.trailBraking, "Not graded at novice level: this comes after steady braking and corner speed.")
        }
        guard let t = c.trailBraking else {
            return .notApplicable(.trailBraking, c.brakedLaps == 0
                ? "No braking for this corner on any coaching lap (speed drop under 2 m/s), so nothing is carried into the turn."
                : "No lateral and longitudinal g channels around this corner (0 laps measured), so the overlap cannot be measured.")
        }
        let letter = Letter.on(t.overlapMedian, Scales.trailOverlap, higherIsBetter: true)
        let reason = skill == .advanced
            ? "Deceleration ≥ 0.1 g through \(Units.pct(t.overlapMedian)) of the lateral build-up (median of \(t.laps) laps, best \(Units.pct(t.overlapBest))); \(Units.g(t.decelAtTurnInMedianG)) at turn-in over \(Units.m(t.buildUpMedianM))."
            : "Braking continues through \(Units.pct(t.overlapMedian)) of the turn-in (best lap here \(Units.pct(t.overlapBest))), with \(Units.g(t.decelAtTurnInMedianG)) still applied as you start turning."
        var g = AreaGrade(area: .trailBraking, letter: letter, reason: reason)
        g.issue = TrailBrakingText.issue(c.number, overlap: t.overlapMedian, decel: t.decelAtTurnInMedianG, skill: skill)
        g.tip = TrailBrakingText.tip(c.number, skill: skill)
        g.drill = TrailBrakingText.drill(c.number, skill: skill)
        return g
    }
}

/// Grades a corner's throttle application (RUBRIC.md, Throttle).
enum ThrottleGrader {
    /// The extra apex-to-throttle distance of the median lap over a reference, as time at the median minimum speed, on
    /// `Scales.delaySeconds`; the reference is the session's shortest apex-to-throttle at this corner, and the worse
    /// letter against the optimal profile's is taken when the profile has one. `N/A` when no coaching lap commits to the
    /// throttle (10 m of acceleration above 0.1 g) before the zone's exit — a corner that runs into the next braking.
    static func grade(_ c: CornerFacts, skill: CoachingSkill) -> AreaGrade {
        guard let median = c.apexToThrottleMedianM, let shortest = c.apexToThrottleShortestM else {
            return .notApplicable(.throttle, skill == .novice
                ? "No clear moment of speeding up before the end of this corner (less than 10 m of acceleration), so there is nothing to grade."
                : "No throttle commit (10 m above 0.1 g) between apex and zone exit on any coaching lap: the corner runs into the next one.")
        }
        let v = max(Scales.minSpeedForTime, c.minSpeedMedianMps)
        let vsBestS = max(0, median - shortest) / v
        let vsBest = Letter.on(vsBestS, Scales.delaySeconds, higherIsBetter: false)
        var vsOptimal: Letter? = nil
        var vsOptimalS = 0.0
        if let o = c.optimalApexToThrottleM {
            vsOptimalS = max(0, median - o) / v
            vsOptimal = Letter.on(vsOptimalS, Scales.delaySeconds, higherIsBetter: false)
        }
        let letter = max(vsBest, vsOptimal ?? .a)
        let lapRef = c.apexToThrottleShortestLap.map { " (lap \($0))" } ?? ""
        var parts: [String] = []
        switch skill {
        case .novice:
            parts.append("You get back on the throttle about \(Units.m(median)) after the slowest point; your quickest was \(Units.m(shortest))\(lapRef).")
            if let o = c.optimalApexToThrottleM, (vsOptimal ?? .a) > vsBest {
                parts.append("A car driven at its limit speeds up about \(Units.m(o)) after the slowest point.")
            }
        case .intermediate, .advanced:
            parts.append("Median apex-to-throttle \(Units.m(median)) vs session shortest \(Units.m(shortest))\(lapRef): \(Units.s(vsBestS)) later at \(Units.mph(v)).")
            if let o = c.optimalApexToThrottleM {
                parts.append("Optimal profile accelerates \(Units.m(o)) after its slowest point (\(Units.s(vsOptimalS)) difference).")
            }
        }
        let worseIsOptimal = (vsOptimal ?? .a) > vsBest
        let reference = worseIsOptimal ? (c.optimalApexToThrottleM ?? shortest) : shortest
        var g = AreaGrade(area: .throttle, letter: letter, reason: parts.joined(separator: " "))
        g.issue = ThrottleText.issue(c.number, median: median, reference: reference, seconds: worseIsOptimal ? vsOptimalS : vsBestS, skill: skill)
        g.tip = ThrottleText.tip(c.number, reference: reference, skill: skill)
        g.drill = ThrottleText.drill(c.number, reference: reference, skill: skill)
        return g
    }
}

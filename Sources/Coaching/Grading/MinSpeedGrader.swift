/// Grades a corner's minimum speed (RUBRIC.md, Min speed).
enum MinSpeedGrader {
    /// The worse of two letters on the share of grip used, (speed ratio)² on `Scales.gripShare` (cornering speed grows
    /// with the square root of the grip): median minimum speed against the optimal profile's corner speed, and against
    /// the session's best minimum speed at this corner. A median above a reference counts as 100 %.
    static func grade(_ c: CornerFacts, skill: CoachingSkill) -> AreaGrade {
        let median = c.minSpeedMedianMps, best = max(c.minSpeedSessionBestMps, median)
        let bestShare = best > 0 ? min(1, (median / best) * (median / best)) : 1
        let vsBest = Letter.on(bestShare, Scales.gripShare, higherIsBetter: true)
        var vsOptimal: Letter? = nil
        var optimalShare = 1.0
        if let o = c.optimalCornerSpeedMps, o > 0 {
            optimalShare = min(1, (median / o) * (median / o))
            vsOptimal = Letter.on(optimalShare, Scales.gripShare, higherIsBetter: true)
        }
        let letter = max(vsBest, vsOptimal ?? .a)
        var parts: [String] = []
        switch skill {
        case .novice:
            parts.append("Typical speed at the slowest point \(Units.mph(median)); your best lap here \(Units.mph(best)) (lap \(c.minSpeedSessionBestLap)).")
            if let o = c.optimalCornerSpeedMps { parts.append("The car could take it at about \(Units.mph(o)).") }
        case .intermediate, .advanced:
            parts.append("Median minimum \(Units.mph(median)) vs session best \(Units.mph(best)) (lap \(c.minSpeedSessionBestLap)): \(Units.pct(bestShare)) of that grip.")
            if let o = c.optimalCornerSpeedMps {
                parts.append("Optimal profile \(Units.mph(o)): \(Units.pct(optimalShare)) of the grip it assumes.")
            }
        }
        var g = AreaGrade(area: .minSpeed, letter: letter, reason: parts.joined(separator: " "))
        let useOptimal = vsOptimal.map { $0 >= vsBest } ?? false
        let target = useOptimal ? (c.optimalCornerSpeedMps ?? best) : best
        g.issue = MinSpeedText.issue(c.number, median: median, target: target, targetIsOptimal: useOptimal, skill: skill)
        g.tip = MinSpeedText.tip(c.number, median: median, best: max(best, median + 0.45), skill: skill)
        g.drill = MinSpeedText.drill(c.number, median: median, best: max(best, median + 0.45), skill: skill)
        return g
    }
}

/// Grades a corner's braking (RUBRIC.md, Braking).
enum BrakingGrader {
    /// The worst of three checks, each a letter: how much earlier the median brake point is than the session's latest
    /// at this corner, as time at the braking speed (`Scales.delaySeconds`); the brake point's lap-to-lap scatter, two
    /// standard deviations as time at the braking speed (same scale); the time the median peak deceleration costs against
    /// the session's demonstrated maximum for this corner's speed drop (`BrakingPhysics.softStopLoss`), as a share of the
    /// ideal braking time (`Scales.brakingTimeShare`). `N/A` when no coaching lap braked for the corner. The
    /// optimal profile's brake point is cited for reference.
    static func grade(_ c: CornerFacts, _ s: SessionFacts?, skill: CoachingSkill) -> AreaGrade {
        guard c.brakedLaps > 0, let median = c.brakePointMedianM, let latest = c.brakePointLatestM else {
            return .notApplicable(.braking, skill == .novice
                ? "No braking needed here: on every lap you lost less than 2 m/s (4.5 mph) or barely slowed."
                : "Not braked on any coaching lap (speed drop under 2 m/s, 4.5 mph, or deceleration under 0.3 g).")
        }
        let v = max(Scales.minSpeedForTime, c.brakeSpeedMedianMps ?? c.minSpeedMedianMps)
        let earlyM = max(0, latest - median)
        let early = Letter.on(earlyM / v, Scales.delaySeconds, higherIsBetter: false)
        let scatterM = 2 * (c.brakePointStdM ?? 0)
        let scatter = Letter.on(scatterM / v, Scales.delaySeconds, higherIsBetter: false)
        var usage: Letter? = nil
        var softLoss = 0.0
        if let peak = c.peakDecelMedianG, let top = s?.demonstratedMaxDecelG, top > 0 {
            let loss = BrakingPhysics.softStopLoss(v1: v, v2: c.minSpeedMedianMps, decelG: peak, maxDecelG: top)
            softLoss = loss.lossS
            usage = Letter.on(loss.idealS > 0 ? loss.lossS / loss.idealS : 0, Scales.brakingTimeShare, higherIsBetter: false)
        }
        let letter = [early, scatter, usage ?? .a].max()!
        let lapRef = c.brakePointLatestLap.map { " (lap \($0))" } ?? ""
        var parts: [String] = []
        switch skill {
        case .novice:
            parts.append("You usually start braking at \(Units.m(median)); your latest was \(Units.m(latest))\(lapRef), \(Units.m(earlyM)) later.")
            parts.append("Your brake point moves by about ±\(Units.m(scatterM / 2)) from lap to lap.")
            if let peak = c.peakDecelMedianG, let top = s?.demonstratedMaxDecelG {
                parts.append("You brake with \(Units.g(peak)) here; your hardest stop of the day was \(Units.g(top)), worth \(Units.s(softLoss)) here.")
            }
        case .intermediate, .advanced:
            parts.append("Median brake point \(Units.m(median)), \(Units.m(earlyM)) (\(Units.s(earlyM / v))) before the session's latest \(Units.m(latest))\(lapRef).")
            parts.append("Scatter ±\(Units.m(scatterM)) (2σ, \(Units.s(scatterM / v)) at \(Units.mph(v))).")
            if let peak = c.peakDecelMedianG, let top = s?.demonstratedMaxDecelG {
                parts.append("Median peak deceleration \(Units.g(peak)) against the session maximum \(Units.g(top)): \(Units.s(softLoss)) lost for this speed drop.")
            }
            if let o = c.optimalBrakePointM { parts.append("Optimal profile brakes at \(Units.m(o)).") }
        }
        var g = AreaGrade(area: .braking, letter: letter, reason: parts.joined(separator: " "))
        let weakest: Letter = letter
        if usage == weakest, let peak = c.peakDecelMedianG, let top = s?.demonstratedMaxDecelG {
            g.issue = BrakingText.soft(c.number, peak: peak, top: top, skill: skill)
            g.tip = BrakingText.softTip(c.number, peak: peak, top: top, skill: skill)
            g.drill = BrakingText.softDrill(c.number, top: top, skill: skill)
        } else if early == weakest {
            g.issue = BrakingText.early(c.number, earlyM: earlyM, seconds: earlyM / v, latest: latest, lap: c.brakePointLatestLap, skill: skill)
            g.tip = BrakingText.earlyTip(c.number, earlyM: earlyM, latest: latest, optimal: c.optimalBrakePointM, skill: skill)
            g.drill = BrakingText.earlyDrill(c.number, median: median, latest: latest, skill: skill)
        } else {
            g.issue = BrakingText.scattered(c.number, scatterM: scatterM, seconds: scatterM / v, skill: skill)
            g.tip = BrakingText.scatteredTip(c.number, median: median, skill: skill)
            g.drill = BrakingText.scatteredDrill(c.number, median: median, skill: skill)
        }
        return g
    }
}

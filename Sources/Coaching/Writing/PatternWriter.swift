/// The report's `patterns`: consistency, brake fade and tyre degradation, incidents, a common weak area, GPS quality,
/// equipment and weather. Each is `**Title**: narrative`.
enum PatternWriter {
    /// GPS scores below this (the lower bound of grade B, analysis.md §8.5) get a caveat.
    static let gpsCaveatBelow = 75.0
    /// At most this many incident patterns (the largest losses first, then by lap).
    static let maxIncidents = 4

    static func patterns(_ facts: CoachingFacts, corners: [CornerAssessment]) -> [String] {
        var out: [String] = []
        if let c = consistency(facts) { out.append(c) }
        out += degradation(facts)
        out += incidents(facts)
        if let w = commonWeakness(corners, skill: facts.skill) { out.append(w) }
        if let g = gps(facts) { out.append(g) }
        if let c = conditions(facts) { out.append(c) }
        return out
    }

    static func consistency(_ facts: CoachingFacts) -> String? {
        guard let s = facts.session, let spread = s.lapTimeSpreadS else { return nil }
        switch facts.skill {
        case .novice:
            return "**Consistency**: leaving out unusual laps, your laps were within \(Units.s(spread, digits: 1)) of each other. Steady laps make it easier to see what works, because one change at a time shows its effect."
        case .intermediate:
            let gain = s.consistencyGainS.map { " Matching your best in every corner and straight is worth \(Units.s($0)) on an average lap." } ?? ""
            return "**Consistency**: lap times spread over \(Units.s(spread)) (score \(String(format: "%.0f", s.lapConsistencyScore ?? 0))/100).\(gain)"
        case .advanced:
            let std = s.lapTimeStdS.map { "σ \(Units.s($0)), " } ?? ""
            let gain = s.consistencyGainS.map { "; average-to-best segment gains total \(Units.s($0))" } ?? ""
            return "**Consistency**: \(std)spread \(Units.s(spread)), score \(String(format: "%.1f", s.lapConsistencyScore ?? 0))/100\(gain)."
        }
    }

    static func degradation(_ facts: CoachingFacts) -> [String] {
        facts.degradation.map { d in
            let laps = "laps \(d.startLap)-\(d.endLap)"
            if d.metric == "brake_fade" {
                return facts.skill.says(
                    "**Brake fade (T\(d.corner))**: your braking got weaker lap after lap (\(laps)), about \(Units.g(abs(d.slopePerLap))) less each lap. Drive a slow lap to cool the brakes, because hot brakes stop less well.",
                    "**Brake fade (T\(d.corner))**: peak braking fell by \(Units.g(abs(d.slopePerLap))) per lap over \(laps) (\(d.severity)). Add a cool-down lap and check pad and fluid temperature range, because fading brakes move your brake point every lap.",
                    "**Brake fade (T\(d.corner))**: peak deceleration weakens \(String(format: "%.3f g", abs(d.slopePerLap))) per lap over \(laps), R² \(String(format: "%.2f", d.rSquared)) (\(d.severity)).")
            }
            let perLap = Units.mph(abs(d.slopePerLap))
            return facts.skill.says(
                "**Tyres wearing (T\(d.corner))**: your speed in this turn dropped about \(perLap) every lap (\(laps)); the tyres were giving up, so go a little easier on them.",
                "**Tyre degradation (T\(d.corner))**: minimum speed fell \(perLap) per lap over \(laps) (\(d.severity)). Check tyre pressures after a run, because overheated tyres lose grip lap by lap.",
                "**Tyre degradation (T\(d.corner))**: minimum speed falls \(perLap) per lap over \(laps), R² \(String(format: "%.2f", d.rSquared)) (\(d.severity)).")
        }
    }

    static func incidents(_ facts: CoachingFacts) -> [String] {
        let chosen = facts.incidents.sorted { l, r in
            l.lostToMedianS != r.lostToMedianS ? l.lostToMedianS > r.lostToMedianS : l.lap < r.lap
        }.prefix(maxIncidents).sorted { $0.lap < $1.lap }
        return chosen.map { i in
            let lost = Units.s(max(0, i.lostToMedianS), digits: 1)
            let left = i.anomalous ? (facts.skill == .novice ? " It was left out of the grades." : " Left out of the coaching laps and grades.") : ""
            guard let c = i.corner, let loss = i.cornerLossS else {
                return "**Lap \(i.lap)**: \(lost) slower than a typical lap, spread around the lap rather than at one corner (traffic or an easy lap?).\(left)"
            }
            var start = ""
            if let s = i.startCorner, let mine = i.startCornerMinSpeedMps, let others = i.startCornerOthersMinSpeedMps {
                start = facts.skill == .novice
                    ? " It starts at T\(s), where you were slower (\(Units.mph(mine))) than on any other lap (\(Units.mph(others)))."
                    : " It starts at T\(s): slowest point \(Units.mph(mine)), below every other coaching lap (\(Units.mph(others)))."
            }
            let title = "**Lap \(i.lap) at T\(i.startCorner.map { "\($0)-T" } ?? "")\(c)**"
            switch facts.skill {
            case .novice:
                return "\(title): you lost \(Units.s(loss, digits: 1)) around T\(c) on this lap (\(lost) slower than a typical lap overall).\(start)\(left)"
            case .intermediate, .advanced:
                return "\(title): \(Units.s(loss)) lost from braking for T\(c) to braking for the next corner, \(lost) off the median lap overall (a mistake, traffic or a missed apex).\(start)\(left)"
            }
        }
    }

    static func commonWeakness(_ corners: [CornerAssessment], skill: CoachingSkill) -> String? {
        var byArea: [CornerArea: [Int]] = [:]
        for a in corners { if let w = a.weakest, w.letter! >= .c { byArea[w.area, default: []].append(a.facts.number) } }
        guard let (area, list) = byArea.max(by: { l, r in
            l.value.count != r.value.count ? l.value.count < r.value.count : l.key.rawValue > r.key.rawValue
        }), list.count >= 2 else { return nil }
        let names = list.map { "T\($0)" }.joined(separator: ", ")
        let areaName = AreaNames.name(area, skill: skill)
        return "**Common thread: \(areaName)**: \(list.count) of \(corners.count) corners (\(names)) have \(areaName) as their weakest area at C or below, so one habit there is worth time all around the lap."
    }

    static func gps(_ facts: CoachingFacts) -> String? {
        guard let s = facts.session, s.gpsScore < gpsCaveatBelow else { return nil }
        let score = String(format: "%.0f", s.gpsScore)
        return facts.skill == .novice
            ? "**GPS quality**: the GPS signal was weak this session (\(score) out of 100), so distances in this report may be off by a few metres."
            : "**GPS quality**: score \(score)/100 (grade \(s.gpsGrade)); positions can be off by several metres, so treat brake-point and throttle differences under 5 m with care."
    }

    static func conditions(_ facts: CoachingFacts) -> String? {
        guard let c = facts.context else { return nil }
        var parts: [String] = []
        if let t = c.trackCondition { parts.append("\(t) track") }
        if let a = c.ambientTempC { parts.append(String(format: "%.0f °C air", a)) }
        if let t = c.trackTempC { parts.append(String(format: "%.0f °C track", t)) }
        if let tyre = c.tireModel ?? c.compoundCategory { parts.append("tyres: \(tyre)") }
        guard !parts.isEmpty else { return nil }
        let wet = c.trackCondition == "wet" || c.trackCondition == "damp"
        let note = wet
            ? "Grip was lower than in the dry, and the grades compare you with this session's own best, so they hold for these conditions."
            : "The grades compare you with this session's own best, so they hold for this car and these conditions."
        return "**Conditions**: \(parts.joined(separator: ", ")). \(note)"
    }
}

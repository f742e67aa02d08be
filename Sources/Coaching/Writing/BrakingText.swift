/// What the built-in coach says when braking is a corner's weakest area, per skill level (platform.md §3.3: novice
/// plain with a reason, intermediate every command with its reasoning, advanced with quantities).
enum BrakingText {
    static func early(_ n: Int, earlyM: Double, seconds: Double, latest: Double, lap: Int?, skill: CoachingSkill) -> String {
        let lapText = lap.map { " on lap \($0)" } ?? ""
        return skill.says(
            "You start braking for T\(n) about \(Units.m(earlyM)) earlier than you did\(lapText), and that lap still made the corner.",
            "Braking for T\(n) starts \(Units.m(earlyM)) earlier than your latest clean brake point (\(Units.m(latest))\(lapText)).",
            "Median brake point at T\(n) is \(Units.m(earlyM)) (\(Units.s(seconds))) before the session's latest \(Units.m(latest))\(lapText) with at least median corner speed.")
    }

    static func earlyTip(_ n: Int, earlyM: Double, latest: Double, optimal: Double?, skill: CoachingSkill) -> String {
        let step = Units.m(max(2, (earlyM / 2).rounded()))
        let o = optimal.map { "; the optimal profile brakes at \(Units.m($0))" } ?? ""
        return skill.says(
            "Pick a marker near \(Units.m(latest)) and brake there firmly, because you already did it once and still made the turn.",
            "Move your brake marker \(step) later each session until you reach \(Units.m(latest)), because you have already braked there and kept your corner speed.",
            "Move the brake point later in \(step) steps towards \(Units.m(latest)) while holding the same peak deceleration, so the braking zone shortens without costing corner speed\(o).")
    }

    static func earlyDrill(_ n: Int, median: Double, latest: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "**Brake marker (T\(n))**: choose a marker near \(Units.m(latest)), brake at it for three laps, then look at your corner speed, because a later marker only helps if the turn still goes well.",
            "**Brake marker ladder (T\(n))**: start at your usual \(Units.m(median)) marker and move it a few metres later every two laps, so you find the latest point that still lets you hit the apex.",
            "**Brake marker ladder (T\(n))**: from \(Units.m(median)) move the brake point in 3 m steps towards \(Units.m(latest)); keep a step only if the corner's minimum speed holds within 1 mph.")
    }

    static func soft(_ n: Int, peak: Double, top: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "You brake gently into T\(n): \(Units.g(peak)), while elsewhere you braked as hard as \(Units.g(top)).",
            "Peak braking at T\(n) reaches only \(Units.g(peak)) against the \(Units.g(top)) you showed elsewhere this session.",
            "Peak deceleration at T\(n) is \(Units.g(peak)) median, \(Units.pct(peak / top)) of the session's demonstrated \(Units.g(top)).")
    }

    static func softTip(_ n: Int, peak: Double, top: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "Press the brake pedal harder right at the start of braking, because a firm stop lets you brake later and still slow down in time.",
            "Squeeze to full braking pressure in the first moment of the braking zone, because a harder initial stop lets you move the brake point later.",
            "Build to \(Units.g(top * 0.9)) within the first 10 m of the braking zone instead of \(Units.g(peak)), so the same speed drop takes less distance and the brake point can move later.")
    }

    static func softDrill(_ n: Int, top: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "**Firm stop (T\(n))**: on three laps press the brake pedal firmly at your usual marker, because feeling a hard stop builds the confidence to brake later.",
            "**Threshold braking (T\(n))**: brake at your usual marker but squeeze to full pressure quickly, so you learn how hard the car can stop before moving the marker.",
            "**Threshold braking (T\(n))**: target \(Units.g(top * 0.9)) peak at the usual marker for three laps, then shorten the zone by the distance saved.")
    }

    static func scattered(_ n: Int, scatterM: Double, seconds: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "Your braking point for T\(n) moves around by about \(Units.m(scatterM)) from lap to lap.",
            "The brake point at T\(n) varies by ±\(Units.m(scatterM)) between laps, so the corner starts differently every time.",
            "Brake point scatter at T\(n) is ±\(Units.m(scatterM)) (2σ), \(Units.s(seconds)) at the braking speed.")
    }

    static func scatteredTip(_ n: Int, median: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "Pick one fixed marker near \(Units.m(median)) and brake there every lap, because the same start makes the corner easier to get right.",
            "Use one fixed visual marker near \(Units.m(median)) for every lap, because a repeatable brake point is what lets you later move it safely.",
            "Lock the brake point to one reference at \(Units.m(median)) until the scatter is below ±5 m, so later changes are measurable against a stable baseline.")
    }

    static func scatteredDrill(_ n: Int, median: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "**Same marker (T\(n))**: say the name of your brake marker out loud as you pass it for five laps, because it helps you brake at the same place.",
            "**Marker repeat (T\(n))**: brake at the same marker near \(Units.m(median)) for five laps in a row, so the corner becomes repeatable before you push it.",
            "**Marker repeat (T\(n))**: five consecutive laps braking at \(Units.m(median)) ±3 m, checked against the brake point in the data after the session.")
    }
}

/// What the built-in coach says when minimum speed is a corner's weakest area, per skill level.
enum MinSpeedText {
    static func issue(_ n: Int, median: Double, target: Double, targetIsOptimal: Bool, skill: CoachingSkill) -> String {
        let gap = Units.mph(max(0, target - median))
        switch skill {
        case .novice:
            return targetIsOptimal
                ? "You go through T\(n) at \(Units.mph(median)); the car can go about \(gap) faster there."
                : "You go through T\(n) at \(Units.mph(median)) on a typical lap, \(gap) slower than your best."
        case .intermediate:
            return "Minimum speed at T\(n) is \(Units.mph(median)), \(gap) below " + (targetIsOptimal ? "the physics-optimal corner speed." : "your best lap through it.")
        case .advanced:
            let share = target > 0 ? (median / target) * (median / target) : 1
            return "Median minimum speed at T\(n) \(Units.mph(median)) is \(gap) below the " + (targetIsOptimal ? "optimal profile's" : "session best's")
                + " \(Units.mph(target)): \(Units.pct(share)) of the lateral grip it implies."
        }
    }

    static func tip(_ n: Int, median: Double, best: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "Release the brake a little sooner so you roll into T\(n) faster, because more speed in the middle of the turn carries all the way down the next straight.",
            "Release the brake earlier and carry \(Units.mph(max(1 / Units.mpsToMph, best - median))) more to the apex of T\(n), because minimum speed sets the speed of the whole exit.",
            "Target \(Units.mph(best)) at the T\(n) apex (your session best) by releasing brake pressure earlier and using a wider entry, so the car reaches the apex at the lateral limit instead of below it.")
    }

    static func drill(_ n: Int, median: Double, best: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "**Roll speed (T\(n))**: each lap carry a little more speed into the middle of T\(n), about 1 mph more each time, because small steps keep it safe.",
            "**Corner-speed ladder (T\(n))**: raise the speed at the apex by 1-2 mph per lap from \(Units.mph(median)) towards \(Units.mph(best)), so you learn where the grip ends without a big mistake.",
            "**Corner-speed ladder (T\(n))**: +1 mph per lap at the apex from \(Units.mph(median)) to \(Units.mph(best)); hold each step for two laps and stop at the first sign of understeer.")
    }
}

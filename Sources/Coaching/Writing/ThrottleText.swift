/// What the built-in coach says when the throttle is a corner's weakest area, per skill level.
enum ThrottleText {
    static func issue(_ n: Int, median: Double, reference: Double, seconds: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "After the apex of T\(n) you wait about \(Units.m(median)) before getting back on the throttle; your best was \(Units.m(reference)).",
            "Throttle at T\(n) comes \(Units.m(median)) after the apex, \(Units.m(max(0, median - reference))) later than your best exit.",
            "Apex-to-throttle at T\(n) is \(Units.m(median)) median against \(Units.m(reference)) at best: \(Units.s(seconds)) of coasting at corner speed.")
    }

    static func tip(_ n: Int, reference: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "Once the car is pointed at the exit of T\(n), start pressing the throttle gently, because the sooner you speed up the faster the whole straight after it is.",
            "Start a gentle throttle application as soon as you stop adding steering at T\(n), because every metre spent coasting is lost on the following straight.",
            "Commit to throttle within \(Units.m(max(5, reference))) of the apex at T\(n) with a progressive ramp, so exit speed builds from the slowest point instead of after a coast phase.")
    }

    static func drill(_ n: Int, reference: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "**Early throttle (T\(n))**: say \"now\" when you start pressing the throttle out of T\(n), and try to say it a little earlier each lap, because it helps you notice when you speed up.",
            "**Throttle pickup (T\(n))**: pick a point just after the apex and be on a light throttle there every lap, so the habit of coasting is broken.",
            "**Throttle pickup (T\(n))**: reach a light, steady throttle within \(Units.m(max(5, reference))) of the apex for five laps, then compare exit speed 50 m later.")
    }
}

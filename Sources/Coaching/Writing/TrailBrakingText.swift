/// What the built-in coach says when trail braking is a corner's weakest area (never at novice, where it is not graded).
enum TrailBrakingText {
    static func issue(_ n: Int, overlap: Double, decel: Double, skill: CoachingSkill) -> String {
        return skill.says(
            "Your braking into T\(n) ends before you start turning.",
            "At T\(n) the brake is released before the car takes its cornering load: braking continues through only \(Units.pct(overlap)) of the turn-in.",
            "Trail braking at T\(n) covers \(Units.pct(overlap)) of the lateral build-up, with \(Units.g(decel)) left at turn-in.")
    }

    static func tip(_ n: Int, skill: CoachingSkill) -> String {
        return skill.says(
            "Keep a little brake on as you start to turn into T\(n), because it helps the front of the car grip.",
            "Ease off the brake progressively while you turn in to T\(n) instead of releasing it on the straight, because the extra front load helps the car rotate.",
            "Bleed brake pressure out over the first 10-15 m of steering at T\(n), so combined g stays near the limit while lateral load builds.")
    }

    static func drill(_ n: Int, skill: CoachingSkill) -> String {
        return skill.says(
            "**Gentle release (T\(n))**: let the brake pedal up slowly instead of all at once, because a smooth release keeps the car steady.",
            "**Trail release (T\(n))**: hold about a quarter of your braking pressure as you start turning and release it by the apex, so you feel the car rotate on entry.",
            "**Trail release (T\(n))**: carry 0.2-0.3 g braking into the first 30% of steering lock and release linearly to zero at the apex, for five laps.")
    }
}

/// One corner on two laps, written side by side.
enum CornerDifference {
    /// `T5: 43.1 mph on lap 3 vs 45.2 mph on best lap (2.1 mph), brake point 600 m vs 612 m, 0.80 g vs 0.90 g`.
    static func line(_ a: ChatLapCorner, _ b: ChatLapCorner, names: (String, String)) -> String {
        let diff = abs(ChatText.mphDifference(a.minSpeedMps, b.minSpeedMps))
        var s = "T\(a.number): \(Units.mph(a.minSpeedMps)) on \(names.0) vs \(Units.mph(b.minSpeedMps)) on \(names.1) (\(String(format: "%.1f mph", diff)) apart)"
        if let x = a.brakePointM, let y = b.brakePointM {
            s += ", brake point \(Units.m(x)) vs \(Units.m(y))"
        }
        if let x = a.peakDecelG, let y = b.peakDecelG { s += ", peak deceleration \(Units.g(x)) vs \(Units.g(y))" }
        if let x = a.apexToThrottleM, let y = b.apexToThrottleM { s += ", throttle \(Units.m(x)) vs \(Units.m(y)) after the apex" }
        return s
    }
}

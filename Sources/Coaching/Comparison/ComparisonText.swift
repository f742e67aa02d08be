import Foundation

/// Number wording of the comparison narrative (the comparison carries speeds in mph already).
enum ComparisonText {
    static func mph(_ mph: Double) -> String { String(format: "%.1f mph", mph) }
    static func s(_ seconds: Double) -> String { Units.s(seconds) }
    static func lap(_ seconds: Double?) -> String { seconds.map(Units.lapTime) ?? "not available" }

    /// `T5 (0.21 s; 52.4 mph against Sam's 54.2 mph)`: a corner's time and both minimum speeds.
    static func corner(_ c: ComparisonCorner, time: Double?, names: ComparisonNames) -> String {
        var details: [String] = []
        if let t = time { details.append(s(abs(t))) }
        if let a = c.aMinSpeedMph, let b = c.bMinSpeedMph {
            details.append("minimum speed \(mph(b)) against \(names.a)'s \(mph(a))")
        }
        return details.isEmpty ? "T\(c.number)" : "T\(c.number) (\(details.joined(separator: "; ")))"
    }
}

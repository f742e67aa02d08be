import Foundation

/// How the built-in coach writes numbers: speeds in mph, distances in m, times in s, accelerations in g, always with
/// the unit after the number.
enum Units {
    static let mpsToMph = 2.23694

    static func mph(_ mps: Double) -> String { String(format: "%.1f mph", mps * mpsToMph) }
    static func m(_ metres: Double) -> String { String(format: "%.0f m", metres) }
    static func s(_ seconds: Double, digits: Int = 2) -> String { String(format: "%.\(digits)f s", seconds) }
    static func g(_ value: Double) -> String { String(format: "%.2f g", value) }
    static func pct(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }

    /// `m:ss.sss`.
    static func lapTime(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "0:00.000" }
        let minutes = Int(seconds / 60)
        return String(format: "%d:%06.3f", minutes, seconds - Double(minutes) * 60)
    }

    /// `1, 3-7, 9`.
    static func lapList(_ laps: [Int]) -> String {
        var parts: [String] = []
        var i = 0
        let sorted = laps.sorted()
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count && sorted[j + 1] == sorted[j] + 1 { j += 1 }
            parts.append(j > i ? "\(sorted[i])-\(sorted[j])" : "\(sorted[i])")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }
}

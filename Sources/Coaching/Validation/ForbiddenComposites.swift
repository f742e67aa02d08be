import Foundation

/// The deterministic content check of platform.md §3.3 step 1: unit/concept composites that are physically
/// meaningless ("mph of grip", "g of speed", "% mph", "mph per g", "speed utilization at 9…"). Case-insensitive.
public enum ForbiddenComposites {
    /// The patterns, each named for the violation it reports.
    static let patterns = TextPatterns.compile([
        ("mph of grip/traction/adhesion/force/load", #"\bmph\s+of\s+(grip|traction|adhesion|force|load)\b"#),
        ("g of speed/velocity/mph", #"\bg\s+of\s+(speed|velocity|mph)\b"#),
        ("percent of mph/g/m", #"(%|\bpercent\b)\s*(of\s+)?(mph|g|m)\b"#),
        ("mph per g", #"\bmph\s*(per|/)\s*g\b"#),
        ("speed utilization at a number", #"\bspeed\s+utili[sz]ation\s+at\s+\d"#),
    ])

    /// The composites found in `text`, as `name: "matched phrase"`.
    public static func violations(in text: String) -> [String] {
        patterns.flatMap { name, regex in TextPatterns.matches(regex, text).map { "\(name): \"\($0)\"" } }
    }

    /// The composites in every text of the report.
    public static func violations(in report: CoachingReport) -> [String] {
        report.texts.flatMap { violations(in: $0) }
    }

    /// `text` with each composite replaced by a neutral marker (after a regeneration still failed).
    public static func redacted(_ text: String) -> String {
        patterns.reduce(text) { current, pattern in
            pattern.regex.stringByReplacingMatches(in: current, range: NSRange(current.startIndex..., in: current),
                                                   withTemplate: "[redacted]")
        }
    }
}

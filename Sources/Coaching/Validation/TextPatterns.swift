import Foundation

/// The case-insensitive patterns the deterministic report checks use, and their matches.
enum TextPatterns {
    /// Compiles named patterns (constants of the checks; a typo is a programming error caught by the tests).
    static func compile(_ patterns: [(String, String)]) -> [(name: String, regex: NSRegularExpression)] {
        patterns.map { ($0.0, compile($0.1)) }
    }

    static func compile(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    /// The matched phrases of `regex` in `text`.
    static func matches(_ regex: NSRegularExpression, _ text: String) -> [String] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }
}

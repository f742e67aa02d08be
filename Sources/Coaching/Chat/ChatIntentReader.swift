import Foundation

/// Recognises what a (screened, normalised) chat question asks about, case-insensitively.
enum ChatIntentReader {
    static let numberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                              "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                              "twenty"]
    static let numberWord = TextPatterns.compile(#"\b("# + numberWords.joined(separator: "|") + #")\b"#)

    /// "lap 3 vs lap 5", "compare lap 3 and 7", "laps 3 and 5", "lap 3 v 5".
    static let lapPair = TextPatterns.compile(
        #"\blaps?\s*#?\s*(\d{1,4})\s*(?:vs\.?|versus|v\.?|and|&|with|to|against|or|,|/)\s*(?:lap\s*#?\s*)?(\d{1,4})\b"#)
    /// "T5", "t 5", "turn 5", "corner 5".
    static let corner = TextPatterns.compile(#"\b(?:t|turns?|corners?|curves?)\s*#?\s*-?\s*(\d{1,4})\b"#)
    /// "lap 3".
    static let lap = TextPatterns.compile(#"\blaps?\s*#?\s*(\d{1,4})\b"#)
    static let bestLap = TextPatterns.compile(#"\b(best|fastest|quickest)\s+lap\b"#)
    static let slowestLap = TextPatterns.compile(#"\b(slowest|worst)\s+lap\b"#)

    /// Topics in the order they win when a question names several.
    static let topics: [(ChatIntent, NSRegularExpression)] = [
        (.braking, TextPatterns.compile(#"\b(brak\w*|brakes?|decel\w*|stopping)\b"#)),
        (.consistency, TextPatterns.compile(
            #"\b(consisten\w*|inconsisten\w*|variation|variance|vary|varies|scatter\w*|repeatab\w*|spread|steady)\b"#)),
        (.losingTime, TextPatterns.compile(
            #"\b(los(e|es|ing|t)|gain\w*|improve\w*|faster|quicker|biggest|weak\w*|priorit\w*|focus|find\s+time|pick\s+up|time\s+left|where\b.*\btime)\b"#)),
        (.summary, TextPatterns.compile(
            #"\b(summary|summari[sz]e|overview|overall|recap|how\s+did\s+i\s+do|how\s+am\s+i\s+doing|how\s+was\s+(my|the|this)\s+(session|day|drive|driving|run))\b"#)),
    ]

    /// The intent of `question`.
    static func read(_ question: String) -> ChatIntent {
        let text = digits(question.lowercased())
        if let pair = numbers(lapPair, text), pair.count == 2 {
            return pair[0] == pair[1] ? .lap(pair[0]) : .laps(pair[0], pair[1])
        }
        let lapNumber = numbers(lap, text)?.first
        if let c = numbers(corner, text)?.first { return .corner(c, lap: lapNumber) }
        if let lapNumber { return .lap(lapNumber) }
        for (intent, regex) in topics where !TextPatterns.matches(regex, text).isEmpty { return intent }
        if !TextPatterns.matches(bestLap, text).isEmpty { return .bestLap }
        if !TextPatterns.matches(slowestLap, text).isEmpty { return .slowestLap }
        return .unknown
    }

    /// `text` with the number words one…twenty written as digits ("turn five" → "turn 5").
    static func digits(_ text: String) -> String {
        var out = text
        for m in numberWord.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let r = Range(m.range, in: out), let i = numberWords.firstIndex(of: String(out[r])) else { continue }
            out.replaceSubrange(r, with: String(i + 1))
        }
        return out
    }

    /// The integers captured by the first match of `regex` in `text`.
    static func numbers(_ regex: NSRegularExpression, _ text: String) -> [Int]? {
        guard let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        let values = (1..<m.numberOfRanges).compactMap { i in Range(m.range(at: i), in: text).flatMap { Int(text[$0]) } }
        return values.isEmpty ? nil : values
    }
}

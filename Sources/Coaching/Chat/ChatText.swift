/// Small wording helpers of the chat answers (numbers go through `Units`; every input is finite).
enum ChatText {
    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// `1st`, `2nd`, `3rd`, `4th`, `11th`.
    static func ordinal(_ n: Int) -> String {
        let tens = n % 100
        if (11...13).contains(tens) { return "\(n)th" }
        switch n % 10 {
        case 1: return "\(n)st"
        case 2: return "\(n)nd"
        case 3: return "\(n)rd"
        default: return "\(n)th"
        }
    }

    /// `+1.234 s` / `-1.234 s` (3 decimals: lap time differences).
    static func signedLapDelta(_ seconds: Double) -> String {
        (seconds < 0 ? "-" : "+") + Units.s(abs(seconds), digits: 3)
    }

    /// `a − b` in mph from the speeds as printed (tenths), so a difference matches the two numbers beside it.
    static func mphDifference(_ aMps: Double, _ bMps: Double) -> Double {
        tenths(aMps * Units.mpsToMph) - tenths(bMps * Units.mpsToMph)
    }

    /// `a − b` in whole metres from the distances as printed, so a gap matches the two numbers beside it.
    static func metreDifference(_ a: Double, _ b: Double) -> Double {
        a.rounded(.toNearestOrEven) - b.rounded(.toNearestOrEven)
    }

    /// `x` rounded to a tenth.
    static func tenths(_ x: Double) -> Double { (x * 10).rounded(.toNearestOrEven) / 10 }

    /// `T5`, with its direction when known: `T5 (left)`.
    static func corner(_ c: CornerFacts) -> String {
        c.direction.map { "T\(c.number) (\($0))" } ?? "T\(c.number)"
    }

    /// `bullet` lines under a heading.
    static func bullets(_ lines: [String]) -> String { lines.map { "- " + $0 }.joined(separator: "\n") }

    /// Paragraphs of an answer, empty ones dropped.
    static func answer(_ parts: [String]) -> String { parts.filter { !$0.isEmpty }.joined(separator: "\n") }
}

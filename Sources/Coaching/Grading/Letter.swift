/// A grade letter, `A` best; its raw value orders the letters from best to worst.
enum Letter: Int, Comparable, CaseIterable {
    case a, b, c, d, f

    static func < (l: Letter, r: Letter) -> Bool { l.rawValue < r.rawValue }

    var text: String { ["A", "B", "C", "D", "F"][rawValue] }

    /// The letter of `value` on a four-threshold scale (the A, B, C and D limits; beyond D → F). With
    /// `higherIsBetter` a value at or above a limit earns it, otherwise a value at or below.
    static func on(_ value: Double, _ limits: (a: Double, b: Double, c: Double, d: Double), higherIsBetter: Bool) -> Letter {
        let ordered = [limits.a, limits.b, limits.c, limits.d]
        for (i, limit) in ordered.enumerated() where higherIsBetter ? value >= limit : value <= limit {
            return Letter(rawValue: i)!
        }
        return .f
    }
}

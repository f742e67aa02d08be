/// The limits and value sets of stickies (client-extras.md §2.2, §2.4).
enum StickyRules {
    static let maxStickiesPerUser = 50
    static let maxContentLength = 2000
    /// Fractions of the viewport's width.
    static let posX: ClosedRange<Double> = 0...1
    /// Fractions of the viewport's height; capped (the original accepted `Infinity` and could no longer list).
    static let posY: ClosedRange<Double> = 0...100
    static let tones = ["amber", "sky", "mint", "rose", "violet", "peach"]
    static let viewScopes = ["report", "deep-dive", "progress", "debrief", "global"]
}

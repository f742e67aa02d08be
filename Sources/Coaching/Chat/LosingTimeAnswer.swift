/// The chat answer to "where am I losing time": the corners that cost the most per lap and the session's gains.
enum LosingTimeAnswer {
    /// Corners named.
    static let top = 3

    static func answer(_ ctx: ChatContext) -> String {
        let ranked = Array(ctx.cornersByCost.prefix(top))
        var parts: [String] = []
        if ranked.isEmpty {
            parts.append("No corner shows measurable time to find against your best or the optimal profile (\(ctx.cornerCount) corners, \(ctx.bestLapText)).")
        } else {
            parts.append("The corners that cost you the most per lap (your average against your best, plus your best against the optimal profile):")
            parts.append(ranked.enumerated().map { i, c in "\(i + 1). " + line(c) }.joined(separator: "\n"))
            let total = ranked.reduce(0) { $0 + $1.timeCostS }
            parts.append("Together that is about \(Units.s(total)) per lap.")
        }
        parts.append(session(ctx))
        if let focus = ctx.report?.primary_focus, !focus.isEmpty { parts.append("Report focus: \(focus)") }
        return ChatText.answer(parts)
    }

    static func line(_ c: CornerFacts) -> String {
        var split: [String] = []
        if let g = c.segmentGainS, g >= 0.005 { split.append("\(Units.s(g)) average vs best") }
        if let o = c.optimalGapS, o >= 0.005 { split.append("\(Units.s(o)) best vs optimal") }
        var s = "T\(c.number): \(Units.s(c.timeCostS))" + (split.isEmpty ? "" : " (\(split.joined(separator: ", ")))")
        s += ", minimum speed \(Units.mph(c.minSpeedMedianMps)) median"
        if let o = c.optimalCornerSpeedMps { s += " against \(Units.mph(o)) optimal" } else {
            s += " against \(Units.mph(c.minSpeedSessionBestMps)) your best (lap \(c.minSpeedSessionBestLap))"
        }
        return s
    }

    /// The session-level gains and the optimal lap.
    static func session(_ ctx: ChatContext) -> String {
        guard let s = ctx.session else { return "" }
        var gains: [String] = []
        if let g = s.consistencyGainS { gains.append("driving every corner and straight like your best would save \(Units.s(g))") }
        if let g = s.compositeGainS { gains.append("your best segments put together are \(Units.s(g)) under your best lap") }
        if let g = s.theoreticalGainS { gains.append("the theoretical best is \(Units.s(g)) under it") }
        var out = gains.isEmpty ? "" : "Across the lap: " + ChatText.list(gains) + "."
        if let o = s.optimalLapTimeS {
            out += (out.isEmpty ? "" : " ") + "The physics-optimal lap is \(Units.lapTime(o)) against your \(ctx.bestLapText)."
        }
        return out
    }
}

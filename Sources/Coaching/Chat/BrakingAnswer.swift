/// The chat answer about braking: where the median brake point is furthest from the latest or optimal one, and how
/// hard each corner is braked against the session's maximum.
enum BrakingAnswer {
    /// Corners named per list.
    static let top = 3

    /// How much later than the median the corner could brake: the larger of (latest − median) and (optimal − median).
    static func room(_ c: CornerFacts) -> Double? {
        guard let median = c.brakePointMedianM else { return nil }
        let gaps = [c.brakePointLatestM, c.optimalBrakePointM].compactMap { $0.map { ChatText.metreDifference($0, median) } }
        return gaps.max()
    }

    static func answer(_ ctx: ChatContext) -> String {
        let braked = ctx.corners.filter { $0.brakePointMedianM != nil }
        guard !braked.isEmpty else {
            return "No braking was detected before any of the \(ctx.cornerCount) corners on the coaching laps (\(ctx.bestLapText))."
        }
        var parts = ["You braked for \(braked.count) of \(ctx.cornerCount) corners (brake points in m from the start/finish line)."]
        let late = laterBrakePoints(braked)
        if late.isEmpty {
            parts.append("Your median brake points already sit at your latest ones and the optimal profile's.")
        } else {
            parts.append("Where the brake point could move later:")
            parts.append(ChatText.bullets(late.map { line($0.0, room: $0.1, ctx) }))
        }
        parts.append(decel(braked, ctx))
        let fade = ctx.facts.coaching.degradation.filter { $0.metric == "brake_fade" }
        if !fade.isEmpty {
            parts.append("Brake fade: " + ChatText.list(fade.map {
                "T\($0.corner) \($0.severity), laps \($0.startLap)-\($0.endLap) (\(Units.g(abs($0.slopePerLap))) weaker per lap)"
            }) + ".")
        }
        return ChatText.answer(parts)
    }

    /// The corners whose brake point could move at least 1 m later, by how much (largest first), at most `top`.
    static func laterBrakePoints(_ corners: [CornerFacts]) -> [(CornerFacts, Double)] {
        Ranking.top(corners, top, descending: true, order: \.number) { c in room(c).flatMap { $0 >= 1 ? $0 : nil } }
            .map { ($0.item, $0.value) }
    }

    static func line(_ c: CornerFacts, room: Double, _ ctx: ChatContext) -> String {
        var s = "T\(c.number): \(ctx.median) \(Units.m(c.brakePointMedianM ?? 0))"
        if let latest = c.brakePointLatestM { s += ", your latest \(Units.m(latest))" + (c.brakePointLatestLap.map { " (lap \($0))" } ?? "") }
        if let o = c.optimalBrakePointM { s += ", optimal \(Units.m(o))" }
        s += ": up to \(Units.m(room)) later"
        if let peak = c.peakDecelMedianG { s += ", peak deceleration \(Units.g(peak))" }
        return s
    }

    /// Peak deceleration against the session's demonstrated maximum and the optimal profile's limit.
    static func decel(_ braked: [CornerFacts], _ ctx: ChatContext) -> String {
        guard let s = ctx.session, let maxG = s.demonstratedMaxDecelG, maxG > 0 else { return "" }
        let limits = s.optimalCalibrated ? "calibrated from this session" : "default limits"
        var out = "Your strongest braking this session was \(Units.g(maxG)); the optimal profile uses \(Units.g(s.optimalMaxDecelG)) (\(limits))."
        let soft = Ranking.top(braked, top, descending: false, order: \.number, key: \.peakDecelMedianG)
            .map { ($0.item.number, $0.value) }
        if !soft.isEmpty {
            out += " Gentlest braking (\(ctx.median) peak): " + ChatText.list(soft.map {
                "T\($0.0) \(Units.g($0.1)) (\(Units.pct($0.1 / maxG)) of your maximum)"
            }) + "."
        }
        return out
    }
}

/// The chat answer comparing two laps: both times and the corners that differ most in minimum speed and brake point.
enum LapPairAnswer {
    /// Corners named per list.
    static let top = 3

    static func answer(_ a: Int, _ b: Int, _ ctx: ChatContext) -> String {
        let missing = [a, b].filter { ctx.facts.lap($0) == nil }
        guard missing.isEmpty, let la = ctx.facts.lap(a), let lb = ctx.facts.lap(b) else {
            let names = missing.map { "lap \($0)" }
            return "There is no timed \(ChatText.list(names)) in this session; \(ctx.timedLapsText), \(ctx.bestLapText)."
        }
        let delta = lb.lapTimeS - la.lapTimeS
        let verdict = abs(delta) < 0.0005 ? "the same time"
            : "lap \(delta < 0 ? b : a) was \(Units.s(abs(delta), digits: 3)) quicker"
        var parts = ["Lap \(a): \(Units.lapTime(la.lapTimeS)); lap \(b): \(Units.lapTime(lb.lapTimeS)); \(verdict)."]
        for l in [la, lb] where l.isAnomalous { parts.append("Lap \(l.lapNumber) is anomalous and left out of the coaching numbers.") }
        let pairs = la.corners.compactMap { c in lb.corner(c.number).map { (c, $0) } }
        guard !pairs.isEmpty else { return ChatText.answer(parts + ["No corners could be matched on both laps."]) }
        let names = ("lap \(a)", "lap \(b)")
        let speed = Ranking.top(pairs, top, descending: true, order: { $0.0.number }) { abs($0.0.minSpeedMps - $0.1.minSpeedMps) }
            .map(\.item)
        parts.append("Biggest minimum-speed differences:\n" + ChatText.bullets(speed.map { CornerDifference.line($0.0, $0.1, names: names) }))
        let brakes = Ranking.top(pairs, top, descending: true, order: { $0.0.number }) { p -> Double? in
            guard let x = p.0.brakePointM, let y = p.1.brakePointM else { return nil }
            let gap = abs(ChatText.metreDifference(x, y))
            return gap >= 1 ? gap : nil
        }.map(\.item)
        if !brakes.isEmpty {
            parts.append("Biggest brake-point differences:\n" + ChatText.bullets(brakes.map { brakeLine($0.0, $0.1, a, b) }))
        }
        return ChatText.answer(parts)
    }

    static func brakeLine(_ x: ChatLapCorner, _ y: ChatLapCorner, _ a: Int, _ b: Int) -> String {
        let bx = x.brakePointM ?? 0, by = y.brakePointM ?? 0
        return "T\(x.number): lap \(a) braked at \(Units.m(bx)), lap \(b) at \(Units.m(by)); lap \(bx > by ? a : b) braked \(Units.m(abs(ChatText.metreDifference(bx, by)))) later"
    }
}

/// The chat answer about one corner: its speeds, braking, trail braking, throttle, time cost and the report's grades.
enum CornerAnswer {
    static func answer(_ n: Int, lap: Int?, _ ctx: ChatContext) -> String {
        guard let c = ctx.facts.corner(n) else {
            let count = ctx.cornerCount
            let range = count > 0 ? " (T1-T\(count))" : ""
            return "This track has \(count) corners here\(range), so there is no T\(n); \(ctx.bestLapText)."
        }
        var lines = [minSpeed(c, ctx), braking(c, ctx), trailBraking(c, ctx), throttle(c, ctx), cost(c), consistency(c, ctx)]
            .compactMap { $0 }
        lines += report(c.number, ctx)
        var parts = ["\(ChatText.corner(c)), apex \(Units.m(c.apexM)) from the start/finish line:", ChatText.bullets(lines)]
        if let lap { parts.append(onLap(lap, c, ctx)) }
        return ChatText.answer(parts)
    }

    static func minSpeed(_ c: CornerFacts, _ ctx: ChatContext) -> String {
        let best = ctx.bestLap.map { " (lap \($0.number))" } ?? ""
        var s = "Minimum speed: \(Units.mph(c.minSpeedBestLapMps)) on your best lap\(best), \(Units.mph(c.minSpeedMedianMps)) \(ctx.median) over \(c.laps.count) coaching laps, \(Units.mph(c.minSpeedSessionBestMps)) best of the session (lap \(c.minSpeedSessionBestLap))"
        if let o = c.optimalCornerSpeedMps { s += "; the optimal profile carries \(Units.mph(o))" }
        return s + "."
    }

    static func braking(_ c: CornerFacts, _ ctx: ChatContext) -> String {
        guard let median = c.brakePointMedianM else {
            let optimal = c.optimalBrakePointM.map { "; the optimal profile brakes at \(Units.m($0))" } ?? ""
            return "Braking: none detected here on the \(c.laps.count) coaching laps (taken without braking)\(optimal)."
        }
        var s = "Braking: \(ctx.median) brake point \(Units.m(median))"
        if let latest = c.brakePointLatestM {
            s += ", your latest \(Units.m(latest))" + (c.brakePointLatestLap.map { " (lap \($0))" } ?? "")
            let early = ChatText.metreDifference(latest, median)
            if early >= 1 { s += ", so you usually brake \(Units.m(early)) earlier than you have already managed" }
        }
        if let o = c.optimalBrakePointM { s += "; the optimal profile brakes at \(Units.m(o))" }
        if let peak = c.peakDecelMedianG {
            s += ". Peak deceleration \(Units.g(peak)) \(ctx.median)"
            if let best = c.peakDecelBestG { s += ", \(Units.g(best)) strongest" }
            if let top = ctx.session?.demonstratedMaxDecelG, top > 0, ctx.skill != .novice {
                s += " (\(Units.pct(peak / top)) of your session maximum \(Units.g(top)))"
            }
        }
        return s + "."
    }

    static func trailBraking(_ c: CornerFacts, _ ctx: ChatContext) -> String? {
        guard let t = c.trailBraking else { return nil }
        if ctx.skill == .novice {
            return "Braking into the turn: on a typical lap you are still braking for \(Units.pct(t.overlapMedian)) of the turn-in (\(Units.pct(t.overlapBest)) at most)."
        }
        return "Trail braking: \(Units.pct(t.overlapMedian)) of the turn-in still on the brakes (median over \(t.laps) laps, best \(Units.pct(t.overlapBest))), \(Units.g(t.decelAtTurnInMedianG)) at turn-in."
    }

    static func throttle(_ c: CornerFacts, _ ctx: ChatContext) -> String? {
        guard let median = c.apexToThrottleMedianM else { return nil }
        var s = "Throttle: \(Units.m(median)) from the apex to full commitment (\(ctx.median))"
        if let shortest = c.apexToThrottleShortestM {
            s += ", shortest \(Units.m(shortest))" + (c.apexToThrottleShortestLap.map { " (lap \($0))" } ?? "")
        }
        if let o = c.optimalApexToThrottleM { s += "; the optimal profile \(Units.m(o))" }
        return s + "."
    }

    static func cost(_ c: CornerFacts) -> String {
        var parts: [String] = []
        if let g = c.segmentGainS, g >= 0.005 { parts.append("\(Units.s(g)) your average against your best") }
        if let o = c.optimalGapS, o >= 0.005 { parts.append("\(Units.s(o)) your best lap against the optimal profile") }
        let detail = parts.isEmpty ? "" : " (\(ChatText.list(parts)))"
        return "Time: this corner costs about \(Units.s(c.timeCostS)) per lap\(detail)."
    }

    static func consistency(_ c: CornerFacts, _ ctx: ChatContext) -> String? {
        var parts: [String] = []
        if let score = c.consistencyScore { parts.append(String(format: "consistency score %.0f/100", score)) }
        if let std = c.minSpeedStdMps { parts.append("minimum speed varies by ±\(Units.mph(std))\(ctx.sigma)") }
        if let std = c.brakePointStdM, c.brakePointMedianM != nil { parts.append("brake point by ±\(Units.m(std))") }
        return parts.isEmpty ? nil : "Consistency: " + ChatText.list(parts) + "."
    }

    static func report(_ n: Int, _ ctx: ChatContext) -> [String] {
        var out: [String] = []
        if let g = ctx.grade(n) {
            out.append("Report grades: braking \(g.braking), trail braking \(g.trail_braking), minimum speed \(g.min_speed), throttle \(g.throttle).")
        }
        if let p = ctx.priority(n) { out.append("Report tip: \(p.issue) \(p.tip)") }
        return out
    }

    /// The corner on one lap against the best lap.
    static func onLap(_ n: Int, _ c: CornerFacts, _ ctx: ChatContext) -> String {
        guard let lap = ctx.facts.lap(n) else { return ctx.unknownLap(n) }
        guard let lc = lap.corner(c.number) else {
            return "On lap \(n) (\(Units.lapTime(lap.lapTimeS))) T\(c.number) could not be matched."
        }
        let diff = ChatText.mphDifference(lc.minSpeedMps, c.minSpeedBestLapMps)
        var s = "On lap \(n) (\(Units.lapTime(lap.lapTimeS))): minimum speed \(Units.mph(lc.minSpeedMps))"
        if diff != 0 {
            s += ", \(String(format: "%.1f mph", abs(diff))) \(diff < 0 ? "below" : "above") your best lap"
        }
        if let b = lc.brakePointM { s += ", brake point \(Units.m(b))" }
        if let d = lc.peakDecelG { s += ", peak deceleration \(Units.g(d))" }
        if let t = lc.apexToThrottleM { s += ", throttle \(Units.m(t)) after the apex" }
        return s + "."
    }
}

import Foundation

/// The chat answer about consistency: lap-time consistency and the least consistent corners.
enum ConsistencyAnswer {
    /// Corners named.
    static let top = 3

    static func answer(_ ctx: ChatContext) -> String {
        var parts: [String] = []
        if let s = ctx.session, let score = s.lapConsistencyScore {
            var line = String(format: "Lap times: consistency score %.0f/100", score)
            if let std = s.lapTimeStdS { line += ctx.skill == .novice ? ", laps usually within ±\(Units.s(std))" : ", standard deviation \(Units.s(std))" }
            if let spread = s.lapTimeSpreadS { line += ", \(Units.s(spread)) between the fastest and slowest lap" }
            parts.append(line + " (non-anomalous laps).")
        } else {
            parts.append("Lap consistency needs at least 2 coaching laps; this session has \(ctx.session?.coachingLaps.count ?? 0) (\(ctx.bestLapText)).")
        }
        let ranked = Ranking.top(ctx.corners, top, descending: false, order: \.number, key: \.consistencyScore)
        if !ranked.isEmpty {
            parts.append("Least consistent corners:")
            parts.append(ChatText.bullets(ranked.map { line($0.item, score: $0.value, ctx) }))
        }
        if let g = ctx.session?.consistencyGainS {
            parts.append("Matching your best in every corner and straight would be worth \(Units.s(g)) per lap.")
        }
        if let anomalous = ctx.session?.anomalousLaps, !anomalous.isEmpty {
            parts.append("Left out as anomalous: lap\(anomalous.count == 1 ? "" : "s") \(Units.lapList(anomalous)).")
        }
        let tyres = ctx.facts.coaching.degradation.filter { $0.metric == "tire_degradation" }
        if !tyres.isEmpty {
            parts.append("Tyres: minimum speed falling at " + ChatText.list(tyres.map {
                "T\($0.corner) (\($0.severity), laps \($0.startLap)-\($0.endLap), \(Units.mph(abs($0.slopePerLap))) per lap)"
            }) + ".")
        }
        return ChatText.answer(parts)
    }

    static func line(_ c: CornerFacts, score: Double, _ ctx: ChatContext) -> String {
        var s = String(format: "T\(c.number): consistency %.0f/100", score)
        if let std = c.minSpeedStdMps { s += ", minimum speed ±\(Units.mph(std))\(ctx.sigma) around \(Units.mph(c.minSpeedMedianMps))" }
        if let std = c.brakePointStdM, let median = c.brakePointMedianM { s += ", brake point ±\(Units.m(std)) around \(Units.m(median))" }
        return s
    }
}

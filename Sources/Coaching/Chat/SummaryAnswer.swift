/// The chat answer to "how did I do": best lap, lap count, the biggest costs and the report's primary focus.
enum SummaryAnswer {
    static func answer(_ ctx: ChatContext) -> String {
        guard let s = ctx.session, s.lapCount > 0 else {
            return "No laps could be analysed at \(ctx.trackName) (0 timed laps)."
        }
        var first = "At \(ctx.trackName): best lap \(Units.lapTime(s.bestLapTimeS)) (lap \(s.bestLap)) of \(s.lapCount) timed laps; median coaching lap \(Units.lapTime(s.medianCoachingLapTimeS)) over \(s.coachingLaps.count) coaching laps."
        if let o = s.optimalLapTimeS { first += " The physics-optimal lap is \(Units.lapTime(o))." }
        if let score = s.lapConsistencyScore { first += " Lap consistency \(Int(score.rounded()))/100." }
        var parts = [first]
        let costly = ctx.cornersByCost.prefix(LosingTimeAnswer.top)
        if !costly.isEmpty {
            parts.append("Most time is at " + ChatText.list(costly.map { "T\($0.number) (\(Units.s($0.timeCostS)) per lap)" }) + ".")
        }
        if let focus = ctx.report?.primary_focus, !focus.isEmpty { parts.append("Primary focus: \(focus)") }
        return ChatText.answer(parts)
    }
}

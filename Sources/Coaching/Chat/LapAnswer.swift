/// The chat answer about one lap: its time against the best lap, its status and where it lost the most.
enum LapAnswer {
    /// Corners named.
    static let top = 3

    static func answer(_ n: Int, _ ctx: ChatContext) -> String {
        guard let lap = ctx.facts.lap(n) else { return ctx.unknownLap(n) }
        let rank = ctx.facts.laps.filter { $0.lapTimeS < lap.lapTimeS }.count + 1
        let of = (rank == 1 ? "the fastest" : "\(ChatText.ordinal(rank)) fastest") + " of \(ctx.facts.laps.count) timed laps"
        guard let best = ctx.bestLap, best.number != n, let bestLap = ctx.facts.lap(best.number) else {
            return ChatText.answer(["Lap \(n) is your best lap: \(Units.lapTime(lap.lapTimeS)), \(of).", bestLapRoom(lap, ctx)])
        }
        var parts = ["Lap \(n): \(Units.lapTime(lap.lapTimeS)), \(ChatText.signedLapDelta(lap.lapTimeS - best.timeS)) to your best lap (lap \(best.number), \(Units.lapTime(best.timeS))); \(of)."]
        if lap.isAnomalous {
            parts.append("It is anomalous (far slower than your other laps, e.g. traffic, an off or a cool-down), so the coaching numbers leave it out.")
        } else if !lap.isCoachingLap {
            parts.append("It is not a coaching lap (excluded by a tag), so the coaching numbers leave it out.")
        }
        if let i = ctx.facts.coaching.incidents.first(where: { $0.lap == n }), let c = i.corner, let loss = i.cornerLossS {
            parts.append("Most of its loss came at T\(c): \(Units.s(loss)) against the median there.")
        }
        parts.append(cornerLosses(lap, against: bestLap, ctx))
        return ChatText.answer(parts)
    }

    /// The corners where `lap` carried the least minimum speed against `best`.
    static func cornerLosses(_ lap: ChatLap, against best: ChatLap, _ ctx: ChatContext) -> String {
        let pairs = lap.corners.compactMap { c in best.corner(c.number).map { (c, $0) } }
        guard !pairs.isEmpty else { return "No corners could be matched on lap \(lap.lapNumber)." }
        let losses = Ranking.top(pairs, top, descending: true, order: { $0.0.number }) { p in
            let loss = p.1.minSpeedMps - p.0.minSpeedMps
            return loss > 0 ? loss : nil
        }.map(\.item)
        guard !losses.isEmpty else {
            return "It carried at least your best lap's minimum speed in all \(pairs.count) matched corners."
        }
        return "Against the best lap it lost the most minimum speed at:\n" + ChatText.bullets(losses.map {
            CornerDifference.line($0.0, $0.1, names: ("lap \(lap.lapNumber)", "best lap"))
        })
    }

    /// On the best lap: the corners where it stayed furthest below the session's best minimum speed.
    static func bestLapRoom(_ lap: ChatLap, _ ctx: ChatContext) -> String {
        let room = Ranking.top(ctx.corners, top, descending: true, order: \.number) { c in
            let gap = c.minSpeedSessionBestMps - c.minSpeedBestLapMps
            return gap > 0 && c.minSpeedSessionBestLap != lap.lapNumber ? gap : nil
        }.map(\.item)
        guard !room.isEmpty else { return "It carried the session's best minimum speed in every corner." }
        return "Where other laps carried more speed:\n" + ChatText.bullets(room.map {
            "T\($0.number): \(Units.mph($0.minSpeedBestLapMps)) on this lap, \(Units.mph($0.minSpeedSessionBestMps)) on lap \($0.minSpeedSessionBestLap)"
        })
    }
}

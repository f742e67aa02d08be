/// The report's `summary` and `primary_focus`.
enum SummaryWriter {
    static func summary(_ facts: CoachingFacts, priorities: [(CornerAssessment, PriorityCorner)]) -> String {
        let skill = facts.skill
        let track = facts.trackName.isEmpty ? "this track" : facts.trackName
        guard let s = facts.session else { return "No laps could be analysed at \(track) (0 timed laps)." }
        let corners = priorities.map { "T\($0.1.corner)" }
        let cornerList = corners.count <= 1 ? corners.joined() : corners.dropLast().joined(separator: ", ") + " and " + corners.last!
        let together = Units.s(priorities.reduce(0) { $0 + $1.1.time_cost_s })
        var out: [String] = []
        switch skill {
        case .novice:
            out.append("Your best lap at \(track) was \(Units.lapTime(s.bestLapTimeS)) on lap \(s.bestLap), and a typical lap was \(Units.lapTime(s.medianCoachingLapTimeS)).")
            if !corners.isEmpty { out.append("Most of the time you can find is at \(cornerList), about \(together) per lap together.") }
            out.append("Work on one corner at a time, because small steady changes add up without big risks.")
        case .intermediate:
            out.append("Best lap \(Units.lapTime(s.bestLapTimeS)) (lap \(s.bestLap)) of \(s.lapCount) timed laps at \(track); the median coaching lap was \(Units.lapTime(s.medianCoachingLapTimeS)).")
            if !corners.isEmpty { out.append("\(cornerList) cost about \(together) per lap together, counting your average against your best there and your best against the physics-optimal profile.") }
            if let first = priorities.first, let w = first.0.weakest {
                out.append("Start with T\(first.1.corner), where \(AreaNames.name(w.area, skill: skill)) is the weakest area (\(w.text)), because it holds the most time.")
            }
        case .advanced:
            var line = "Best lap \(Units.lapTime(s.bestLapTimeS)) (lap \(s.bestLap)), median coaching lap \(Units.lapTime(s.medianCoachingLapTimeS))"
            if let o = s.optimalLapTimeS {
                line += ", optimal profile \(Units.lapTime(o)) (\(s.optimalCalibrated ? "calibrated" : "default limits"): \(Units.g(s.optimalMaxLateralG)) lateral, \(Units.g(s.optimalMaxDecelG)) braking)"
            }
            out.append(line + ".")
            if !corners.isEmpty { out.append("Priority corners \(cornerList) hold \(together) per lap (average-to-best plus best-to-optimal segment time).") }
            if let g = s.compositeGainS { out.append("Your composite of best segments is \(Units.s(g)) under the best lap.") }
        }
        return out.joined(separator: " ")
    }

    static func primaryFocus(_ priorities: [(CornerAssessment, PriorityCorner)], skill: CoachingSkill) -> String {
        guard let first = priorities.first else {
            return skill == .novice ? "Drive steady laps, because steady laps show where the time is." : "Build consistent laps first, because the analysis needs them to find the time."
        }
        return "T\(first.1.corner): \(first.1.issue) \(first.1.tip)"
    }
}

/// What every answer of the built-in chat coach reads: the facts (made finite) and the report (limited to the
/// session's corners).
struct ChatContext {
    let facts: ChatFacts
    let report: CoachingReport?

    init(facts: ChatFacts, report: CoachingReport?) {
        self.facts = facts.finite
        self.report = report?.keepingCorners(upTo: facts.coaching.cornerCount)
    }

    var skill: CoachingSkill { facts.coaching.skill }
    /// `typical` for novices (plain words, platform.md §3.3), `median` otherwise.
    var median: String { skill == .novice ? "typical" : "median" }
    /// ` (1σ)` except for novices.
    var sigma: String { skill == .novice ? "" : " (1σ)" }
    var session: SessionFacts? { facts.coaching.session }
    var corners: [CornerFacts] { facts.coaching.corners }
    var cornerCount: Int { max(0, facts.coaching.cornerCount) }
    var trackName: String { facts.coaching.trackName.isEmpty ? "this track" : facts.coaching.trackName }

    /// The fastest timed lap: the session's best lap, else the fastest of `facts.laps`.
    var bestLap: (number: Int, timeS: Double)? {
        if let s = session, s.lapCount > 0 { return (s.bestLap, s.bestLapTimeS) }
        return facts.laps.min { $0.lapTimeS < $1.lapTimeS }.map { ($0.lapNumber, $0.lapTimeS) }
    }

    /// `best lap 1:32.123 (lap 7)`, or `0 timed laps`.
    var bestLapText: String {
        bestLap.map { "best lap \(Units.lapTime($0.timeS)) (lap \($0.number))" } ?? "0 timed laps"
    }

    /// `the timed laps are 1-14`.
    var timedLapsText: String {
        facts.laps.isEmpty ? "this session has 0 timed laps"
            : "the timed laps are \(Units.lapList(facts.laps.map(\.lapNumber))) (\(facts.laps.count) laps)"
    }

    /// Corners ranked by time cost per lap (largest first, ties by number), only those that cost time.
    var cornersByCost: [CornerFacts] {
        corners.filter { $0.timeCostS > 0 }.sorted {
            $0.timeCostS != $1.timeCostS ? $0.timeCostS > $1.timeCostS : $0.number < $1.number
        }
    }

    /// The report's grades for corner `n`.
    func grade(_ n: Int) -> CornerGrade? { report?.corner_grades.first { $0.corner == n } }

    /// The report's priority entry for corner `n`.
    func priority(_ n: Int) -> PriorityCorner? { report?.priority_corners.first { $0.corner == n } }

    /// A lap number that is not timed here: what exists instead.
    func unknownLap(_ n: Int) -> String {
        "There is no timed lap \(n) in this session; \(timedLapsText), \(bestLapText)."
    }

    /// The slowest coaching lap other than the best (else any other timed lap): an example for the lap questions.
    var exampleLap: Int? {
        let best = bestLap?.number
        let others = facts.laps.filter { $0.lapNumber != best }
        let coaching = others.filter(\.isCoachingLap)
        return (coaching.isEmpty ? others : coaching).max { $0.lapTimeS < $1.lapTimeS }?.lapNumber
    }
}

import TelemetryCore

extension ChatFacts {
    /// The chat facts of one session: `CoachingFacts.make` plus every timed lap's time and its corners (the best lap's
    /// corners matched on that lap, as the analysis matches them on the coaching laps). Deterministic; every number
    /// finite.
    public static func make(from analysis: SessionAnalysis, skill: CoachingSkill) -> ChatFacts {
        let coaching = CoachingFacts.make(from: analysis, skill: skill)
        let session = analysis.session
        let reference = analysis.corners().corners
        let matched = analysis.cornersAllLaps().laps
        let coachingLaps = Set(analysis.coachingLaps)
        let laps = session.lapSummaries.sorted { $0.lapNumber < $1.lapNumber }.map { summary in
            let n = summary.lapNumber
            let corners = matched[n] ?? session.laps[n].map {
                CornerAnalysis.match(reference, on: CornerLapView($0, session: session))
            } ?? []
            return ChatLap(lapNumber: n, lapTimeS: summary.lapTimeS, isCoachingLap: coachingLaps.contains(n),
                           isAnomalous: session.anomalousLaps.contains(n), corners: corners.map(lapCorner))
        }
        return ChatFacts(coaching: coaching, laps: laps).finite
    }

    static func lapCorner(_ c: Corner) -> ChatLapCorner {
        ChatLapCorner(number: c.number, minSpeedMps: c.minSpeedMps, brakePointM: c.brakePointM,
                      peakDecelG: c.peakBrakeG.map { -$0 },
                      apexToThrottleM: c.throttleCommitM.map { max(0, $0 - c.apexDistanceM) })
    }

    /// The facts rounded to what a coach cites, without non-finite numbers: a lap without a finite time and a lap's
    /// corner without a finite minimum speed are left out, other non-finite numbers become `nil`.
    var finite: ChatFacts {
        var f = self
        f.coaching = coaching.finite
        f.laps = laps.filter(\.lapTimeS.isFinite).sorted { $0.lapNumber < $1.lapNumber }.map { lap in
            var l = FactNumber.rounding(lap, required: [(\.lapTimeS, 3)])
            l.corners = lap.corners.filter(\.minSpeedMps.isFinite).map {
                FactNumber.rounding($0, required: [(\.minSpeedMps, 2)],
                                    optional: [(\.brakePointM, 1), (\.peakDecelG, 3), (\.apexToThrottleM, 1)])
            }
            return l
        }
        return f
    }
}

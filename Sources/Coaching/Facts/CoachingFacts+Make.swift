import TelemetryCore

extension CoachingFacts {
    /// The facts of one session: a pure function of its analyses (corners on the coaching laps, corner consistency,
    /// gains, the optimal profile, grip, degradation, GPS quality, anomalous laps), the skill level and the equipment
    /// and weather when known. Deterministic; every number finite.
    public static func make(from analysis: SessionAnalysis, skill: CoachingSkill, context: CoachingContext? = nil) -> CoachingFacts {
        let session = analysis.session
        let corners = analysis.corners().corners
        let lapCorners = analysis.cornersAllLaps().laps
        let consistency = try? analysis.consistency()
        let gains = try? analysis.gains().data
        let optimal = analysis.optimalProfile()
        let hasOptimal = !optimal.distanceM.isEmpty
        var segmentGains: [String: Double] = [:]
        for g in gains?.consistency.segmentGains ?? [] where g.segment.isCorner { segmentGains[g.segment.name] = g.gainS }
        var cornerConsistency: [Int: CornerConsistency] = [:]
        for c in consistency?.data.cornerConsistency ?? [] where c.hasSufficientData { cornerConsistency[c.cornerNumber] = c }
        let cornerFacts = CornerFactsBuilder.build(.init(
            bestLapCorners: corners, lapCorners: lapCorners, laps: session.laps, bestLap: session.bestLap,
            optimal: hasOptimal ? optimal : nil, segmentGains: segmentGains, consistency: cornerConsistency))
        var ends: [Int: (distance: Double, time: Double)] = [:]
        for (n, t) in session.timedLaps { ends[n] = (t.lapDistance, t.lapTime) }
        let incidents = IncidentFinder.find(.init(corners: corners, laps: session.laps, ends: ends, bestLap: session.bestLap,
                                                  coachingLaps: analysis.coachingLaps, anomalousLaps: session.anomalousLaps))
        let degradation = analysis.degradation().events.map {
            DegradationFact(corner: $0.cornerNumber, metric: $0.metric, severity: $0.severity, slopePerLap: $0.slope,
                            rSquared: $0.rSquared, startLap: $0.startLap, endLap: $0.endLap)
        }
        let coachingTimes = session.lapSummaries.filter { analysis.coachingLaps.contains($0.lapNumber) }.map(\.lapTimeS)
        let lap = consistency?.data.lapConsistency
        let grip = try? analysis.grip().data
        let gps = try? analysis.gpsQuality().data
        let decels = lapCorners.values.flatMap { $0.compactMap { $0.peakBrakeG.map { -$0 } } }
        let sessionFacts = SessionFacts(
            sessionDate: session.metadata.sessionDate, lapCount: session.laps.count, bestLap: session.bestLap,
            bestLapTimeS: session.snapshot.bestLapTimeS, coachingLaps: analysis.coachingLaps,
            medianCoachingLapTimeS: RobustStats.median(coachingTimes) ?? session.snapshot.bestLapTimeS,
            anomalousLaps: session.anomalousLaps.sorted(),
            lapConsistencyScore: lap?.consistencyScore, lapTimeStdS: lap?.stdDevS, lapTimeSpreadS: lap?.spreadS,
            consistencyGainS: gains?.consistency.totalGainS, compositeGainS: gains?.composite.gainS,
            theoreticalGainS: gains?.theoretical.gainS,
            optimalLapTimeS: hasOptimal ? optimal.lapTimeS : nil, optimalMaxDecelG: optimal.vehicleParams.maxDecelG,
            optimalMaxLateralG: optimal.vehicleParams.maxLateralG, optimalCalibrated: optimal.vehicleParams.calibrated,
            gripCompositeMaxG: grip?.compositeMaxG, gripMultiLapMaxG: grip?.multiLap.maxG,
            demonstratedMaxDecelG: decels.max(),
            gpsScore: gps?.overallScore ?? 0, gpsGrade: gps?.grade ?? "unknown", gpsUsable: gps?.isUsable ?? false)
        let facts = CoachingFacts(skill: skill, trackName: session.metadata.trackName, cornerCount: corners.count,
                                  session: sessionFacts, corners: cornerFacts, degradation: degradation, incidents: incidents,
                                  context: context.map(\.sanitized).flatMap { $0.isEmpty ? nil : $0 })
        return facts.finite
    }
}

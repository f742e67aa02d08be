import TelemetryCore

extension CoachingPDFSession {
    /// The session facts of an analysed session: the best lap (number, time, resampled trace), the optimal profile
    /// (`optimalProfile()`), the best lap's corners (`corners()`) and the lap count; the track name and date from the
    /// CSV's metadata unless given (the server passes the ones it stores).
    public init(analysis: SessionAnalysis, trackName: String? = nil, sessionDate: String? = nil) {
        let session = analysis.session
        let best = session.laps[session.bestLap]
        let optimal = analysis.optimalProfile()
        let lapTime = session.lapSummaries.first { $0.lapNumber == session.bestLap }?.lapTimeS
            ?? session.snapshot.bestLapTimeS
        self.init(
            trackName: trackName ?? session.metadata.trackName,
            sessionDate: sessionDate ?? session.metadata.sessionDate,
            bestLapNumber: session.bestLap, bestLapTimeS: lapTime, lapCount: session.snapshot.nLaps,
            bestLapLatitude: best?.latitude ?? [], bestLapLongitude: best?.longitude ?? [],
            bestLapSpeedMph: best?.speed.map { $0 * AnalysisConstants.mpsToMph } ?? [],
            bestLapDistanceM: best.map { Array($0.distance) } ?? [],
            optimalDistanceM: optimal.distanceM, optimalSpeedMph: optimal.optimalSpeedMph,
            corners: analysis.corners().corners.map { CornerApex(number: $0.number, apexDistanceM: $0.apexDistanceM) })
    }
}

import Foundation

/// The per-session analyses of client-extras.md §5–§7 and §9.2.
extension SessionAnalysis {
    /// `GET …/gg-diagram?corner=`; 404 when the best lap is not resampled, 422 for a corner outside 1…200.
    public func ggDiagram(corner: Int? = nil) throws(AnalysisError) -> GGDiagramResponse {
        if let corner, corner < 1 { throw .validation(.tooSmall("corner", corner, minimum: 1)) }
        if let corner, corner > GGDiagram.maxCorner { throw .validation(.tooLarge("corner", corner, maximum: GGDiagram.maxCorner)) }
        guard let best = bestLap else {
            throw .lapNotFound(lap: session.bestLap, detail: "Best lap \(session.bestLap) not found in resampled data")
        }
        return GGDiagram.compute(sessionID: sessionID, lapNumber: session.bestLap, lateralG: best.lateralG,
                                 longitudinalG: best.longitudinalG, distance: best.distanceArray, corners: bestLapCorners,
                                 corner: corner)
    }

    /// `GET …/track-guide`: the data-driven guide (always available; empty lists without a resampled best lap).
    public func trackGuide() -> TrackGuideResponse {
        TrackGuide.compute(trackName: session.metadata.trackName, best: bestLap, corners: bestLapCorners)
    }

    /// `GET …/speed-sensitivity`: with the optimal profile's vehicle parameters; no corners without a resampled best lap.
    public func speedSensitivity() -> SpeedSensitivityResponse {
        let params = optimalProfile().vehicleParams
        guard let best = bestLap else {
            return SpeedSensitivityResponse(sessionID: sessionID, corners: [], vehicleParams: params)
        }
        return SpeedSensitivity.compute(sessionID: sessionID, distance: best.distanceArray, speed: best.speed,
                                        corners: bestLapCorners, params: params)
    }

    /// `GET …/optimal-comparison`: the best lap against the optimal profile for the session's current equipment;
    /// 404 when the best lap is not resampled.
    public func optimalComparison() throws(AnalysisError) -> OptimalComparisonResponse {
        guard let best = bestLap, let profile = optimal else {
            throw .lapNotFound(lap: session.bestLap, detail: "Best lap \(session.bestLap) not found in resampled data")
        }
        return OptimalComparison.compute(sessionID: sessionID, profile: .init(profile),
                                         trace: .init(distance: best.distanceArray, speed: best.speed, time: best.lapTime),
                                         corners: bestLapCorners)
    }
}

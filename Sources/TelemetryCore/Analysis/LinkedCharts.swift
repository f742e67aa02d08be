import Foundation

/// `GET /api/sessions/{sid}/charts/linked?laps=…` (analysis.md §8.3).
public struct LinkedChartsResponse: Sendable, Encodable {
    public var sessionID: String
    public var laps: [Int]
    @NumberList public var distanceM: [Double]
    public var speedTraces: [String: NumberList]
    @Nullable public var lateralGTraces: [String: NumberList]?
    @Nullable public var longitudinalGTraces: [String: NumberList]?
    public var headingTraces: [String: NumberList]
    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", laps, distanceM = "distance_m", speedTraces = "speed_traces"
        case lateralGTraces = "lateral_g_traces", longitudinalGTraces = "longitudinal_g_traces"
        case headingTraces = "heading_traces"
    }
}

/// Linked charts (analysis.md §8.3, rec: every trace re-gridded onto `distance_m`).
public enum LinkedCharts {
    /// Traces of `laps` (in request order, duplicates once) on the best lap's grid.
    public static func compute(sessionID: String, laps requested: [Int], best: ResampledLap,
                               lapData: [Int: ResampledLap]) -> LinkedChartsResponse {
        let grid = best.distanceArray
        var seen = Set<Int>()
        let laps = requested.filter { seen.insert($0).inserted }
        var speed: [String: NumberList] = [:], heading: [String: NumberList] = [:]
        var lat: [String: NumberList] = [:], lon: [String: NumberList] = [:]
        for n in laps {
            guard let lap = lapData[n] else { continue }
            let d = lap.distanceArray
            let key = String(n)
            speed[key] = NumberList(wrappedValue: Numerics.interpCSorted(grid, d, lap.speed).map { $0 * AnalysisConstants.mpsToMph })
            let unwrapped = Numerics.unwrapDegrees(lap.heading)
            heading[key] = NumberList(wrappedValue: Numerics.interpCSorted(grid, d, unwrapped).map(Numerics.mod360))
            if let g = lap.lateralG { lat[key] = NumberList(wrappedValue: Numerics.interpCSorted(grid, d, g)) }
            if let g = lap.longitudinalG { lon[key] = NumberList(wrappedValue: Numerics.interpCSorted(grid, d, g)) }
        }
        return LinkedChartsResponse(sessionID: sessionID, laps: laps, distanceM: grid, speedTraces: speed,
                                    lateralGTraces: lat.isEmpty ? nil : lat, longitudinalGTraces: lon.isEmpty ? nil : lon,
                                    headingTraces: heading)
    }
}

import TelemetryCore

/// API-description entries of the per-session analysis routes and the comparison. Every analysis can answer 404
/// (no usable lap) and 422 (not enough laps, or a bad query value).
enum AnalysisDocs {
    static func analysis(_ schema: JSONSchema, query: [RouteDocs.Query] = []) -> RouteDocs {
        RouteDocs(.user, .json(schema), errors: [422], query: query)
    }

    typealias S = AnalysisSchemas

    static let corners = analysis(S.corners)
    static let allLapCorners = analysis(S.allLapCorners)
    static let consistency = analysis(S.consistency)
    static let delta = analysis(S.delta, query: [
        .init("ref", .int64, required: true, description: "Reference lap number"),
        .init("comp", .int64, required: true, description: "Comparison lap number"),
    ])
    static let gains = analysis(S.gains)
    static let grip = analysis(S.grip)
    static let gpsQuality = analysis(S.gpsQuality)
    static let idealLap = analysis(S.idealLap)
    static let optimalProfile = analysis(S.optimalProfile)
    static let linkedCharts = analysis(S.linkedCharts, query: [
        .init("laps", .array(.int64, minItems: 1, unique: true), required: true,
              description: "Lap numbers, each once (repeat the parameter)"),
    ])
    static let sectors = analysis(S.sectors)
    static let miniSectors = analysis(S.miniSectors, query: [
        .init("n_sectors", .integer(minimum: 3, maximum: 100), description: "Number of equal-distance sectors (default 20)"),
        .init("lap", .int64, description: "Only this lap (a lap the session has; else 422)"),
    ])
    static let degradation = analysis(S.degradation)
    static let ggDiagram = analysis(S.ggDiagram, query: [
        .init("corner", .integer(minimum: 1, maximum: 200), description: "Only this best-lap corner's samples"),
    ])
    static let lineAnalysis = analysis(S.lineAnalysis, query: [
        .init("laps", .array(.int64, maxItems: LineAnalysis.maxLaps), description: "Only these coaching laps (repeat the parameter; at most 20; "
              + "default: the best lap and up to 4 closest in lap time)"),
        .init("step", .integer(minimum: 1, maximum: 50), description: "Keep every step-th sample of the arrays (default 1)"),
    ])
    static let trackGuide = analysis(S.trackGuide)
    static let speedSensitivity = analysis(S.speedSensitivity)
    static let optimalComparison = analysis(S.optimalComparison)
    /// 400 when the two sessions are of different tracks.
    static let compare = RouteDocs(.user, .json(S.comparison), errors: [400, 422])
}

/// Selection and truncation of the line analysis for one request (client-extras.md §8.3 with the §8.4
/// recommendations: at most 20 `laps` values, a small default selection and `step` downsampling).
public enum LineAnalysis {
    /// Most distinct `laps` values a request may name.
    public static let maxLaps = 20
    /// Laps besides the best one in the default selection.
    public static let defaultOtherLaps = 4
    /// Allowed `step` values.
    public static let stepRange = 1...50

    /// The default selection: the best lap (when it has a trace) and the traced laps closest to it in lap time.
    public static func defaultLaps(traced: [Int], bestLap: Int, lapTimes: [Int: Double]) -> [Int] {
        let others = traced.filter { $0 != bestLap }
        let bestTime = lapTimes[bestLap]
        let ranked = others.enumerated().sorted { x, y in
            let dx = bestTime.flatMap { b in lapTimes[x.element].map { abs($0 - b) } } ?? .infinity
            let dy = bestTime.flatMap { b in lapTimes[y.element].map { abs($0 - b) } } ?? .infinity
            return dx != dy ? dx < dy : x.offset < y.offset
        }.map(\.element)
        let hasBest = traced.contains(bestLap)
        let picked = (hasBest ? [bestLap] : []) + ranked.prefix(hasBest ? defaultOtherLaps : defaultOtherLaps + 1)
        return picked.sorted()
    }

    /// Every `step`-th element from the first.
    static func every<T>(_ xs: ArraySlice<T>, _ step: Int) -> [T] {
        stride(from: xs.startIndex, to: xs.endIndex, by: step).map { xs[$0] }
    }

    /// The response for the traces whose lap numbers are in `laps` (unknown numbers ignored), each array cut to the
    /// shortest selected trace and reference, then every `step`-th value kept.
    public static func respond(sessionID: String, model: LineModel?, profiles: [CornerLineProfile], laps: Set<Int>,
                               step: Int = 1) -> LineAnalysisResponse {
        guard let model, model.length > 0, !model.traces.isEmpty else { return .unavailable(sessionID: sessionID) }
        let step = max(step, 1)
        let selected = model.traces.filter { laps.contains($0.lap.lapNumber) }.sorted { $0.lap.lapNumber < $1.lap.lapNumber }
        guard let first = selected.first else {
            return LineAnalysisResponse(sessionID: sessionID, available: true, cornerProfiles: profiles, distanceM: [], traces: [],
                                        referenceE: every(model.referenceEast[...], step),
                                        referenceN: every(model.referenceNorth[...], step),
                                        nLapsUsed: model.traces.count, lapTraces: [])
        }
        let m = min(selected.map(\.east.count).min() ?? 0, model.length)
        return LineAnalysisResponse(
            sessionID: sessionID, available: true, cornerProfiles: profiles, distanceM: every(first.lap.distance.prefix(m), step),
            traces: selected.map { .init(lapNumber: $0.lap.lapNumber, offsetsM: every($0.offsets.prefix(m), step)) },
            referenceE: every(model.referenceEast.prefix(m), step), referenceN: every(model.referenceNorth.prefix(m), step),
            nLapsUsed: model.traces.count,
            lapTraces: selected.map {
                .init(lapNumber: $0.lap.lapNumber, e: every($0.east.prefix(m), step), n: every($0.north.prefix(m), step),
                      speedMps: every($0.lap.speed.prefix(m), step))
            })
    }
}

/// The line analysis of client-extras.md §8 on the facade's current coaching laps.
extension SessionAnalysis {
    /// Traces and reference of the coaching laps (nil below the preconditions of §8.1).
    var lineModel: LineModel? {
        cache.get("line.model") {
            let laps = coachingLaps.compactMap { n in
                session.laps[n].map {
                    LineLapInput(lapNumber: n, distance: $0.distanceArray, time: $0.lapTime, speed: $0.speed,
                                 latitude: $0.latitude, longitude: $0.longitude)
                }
            }
            return LineModel.build(laps: laps, gpsGrade: gpsReport.grade)
        }
    }

    var lineProfiles: [CornerLineProfile] {
        cache.get("line.profiles") {
            guard let m = lineModel else { return [] }
            return LineProfiles.compute(traces: m.traces, length: m.length, corners: bestLapCorners)
        }
    }

    /// `GET …/line-analysis?laps=&step=`: 422 for more than 20 `laps` values or a step outside 1…50; without `laps`
    /// the best lap and up to 4 coaching laps closest to it in lap time.
    public func lineAnalysis(laps: [Int]? = nil, step: Int = 1) throws(AnalysisError) -> LineAnalysisResponse {
        if step < LineAnalysis.stepRange.lowerBound {
            throw .validation(.tooSmall("step", step, minimum: LineAnalysis.stepRange.lowerBound))
        }
        if step > LineAnalysis.stepRange.upperBound {
            throw .validation(.tooLarge("step", step, maximum: LineAnalysis.stepRange.upperBound))
        }
        // at most 20 values, repeats counted (what the API description's maxItems says)
        if let laps, laps.count > LineAnalysis.maxLaps {
            throw .validation(.init(type: "too_long", loc: ["query", "laps"],
                                    msg: "At most \(LineAnalysis.maxLaps) laps may be requested",
                                    input: String(laps.count), ctx: ["max_length": LineAnalysis.maxLaps]))
        }
        let requested = laps.map { Set($0) }
        guard let model = lineModel else { return .unavailable(sessionID: sessionID) }
        let selection = requested ?? Set(LineAnalysis.defaultLaps(traced: model.traces.map(\.lap.lapNumber),
                                                                  bestLap: session.bestLap, lapTimes: lapTimes))
        return LineAnalysis.respond(sessionID: sessionID, model: model, profiles: lineProfiles, laps: selection, step: step)
    }
}

import Foundation

/// The analysis endpoints of one session for one set of user tags (analysis.md §4–§9).
///
/// Every result depends on the coaching laps, i.e. on `tags`, so a server caches one facade
/// per (session, tags). Results are computed on first use and shared between the endpoints
/// of the same facade (thread-safe). Every method is deterministic; failures are
/// `AnalysisError`s carrying the documented status and detail.
public struct SessionAnalysis: Sendable {
    /// The processed session.
    public let session: ProcessedSession
    /// Session id used in responses and error messages.
    public let sessionID: String
    /// User tags per lap.
    public let tags: [Int: Set<String>]
    /// Coaching laps for these tags (§3.6), ascending.
    public let coachingLaps: [Int]
    /// The session's equipment and conditions for the physics (nil: parameters from the telemetry or defaults).
    public let setup: VehicleSetup?
    let cache = Cache()

    /// Creates the facade (cheap: analyses run on first request).
    public init(session: ProcessedSession, sessionID: String, tags: [Int: Set<String>] = [:], setup: VehicleSetup? = nil) {
        self.session = session
        self.sessionID = sessionID
        self.tags = tags
        self.setup = setup
        self.coachingLaps = session.coachingLaps(tags: tags)
    }

    /// The same session and tags with `setup` for the physics: this facade when the setup is the one it has, else a
    /// new facade (its results computed afresh on first use).
    public func with(setup: VehicleSetup?) -> SessionAnalysis {
        setup == self.setup ? self : SessionAnalysis(session: session, sessionID: sessionID, tags: tags, setup: setup)
    }

    // MARK: shared intermediate results

    final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String: Any] = [:]
        func get<T>(_ key: String, _ make: () -> T) -> T {
            lock.lock()
            if let stored = values[key] { lock.unlock(); return stored as! T }
            lock.unlock()
            let v = make()
            lock.lock()
            defer { lock.unlock() }
            if let stored = values[key] { return stored as! T }
            values[key] = v as Any
            return v
        }
    }

    var bestLap: ResampledLap? { session.laps[session.bestLap] }
    /// Best lap's crossing-to-crossing length (m).
    var bestLength: Double {
        session.timedLaps[session.bestLap]?.lapDistance ?? bestLap.map { $0.lastDistance + $0.distance.step } ?? 0
    }

    func end(_ lap: Int) -> (distance: Double, time: Double)? {
        session.timedLaps[lap].map { ($0.lapDistance, $0.lapTime) }
    }

    func view(_ lap: Int) -> CornerLapView? {
        cache.get("view.\(lap)") { session.laps[lap].map { CornerLapView($0, session: session) } }
    }

    /// Best-lap corners (§4.1–4.2).
    public var bestLapCorners: [Corner] {
        cache.get("corners.best") { view(session.bestLap).map(CornerAnalysis.detect) ?? [] }
    }

    /// Corners of every coaching lap (§4.3).
    public var allLapCorners: [Int: [Corner]] {
        cache.get("corners.all") {
            var out: [Int: [Corner]] = [:]
            let ref = bestLapCorners
            for lap in coachingLaps {
                if lap == session.bestLap { out[lap] = ref; continue }
                if let v = view(lap) { out[lap] = CornerAnalysis.match(ref, on: v) }
            }
            return out
        }
    }

    /// All-lap corners without anomalous laps.
    var nonAnomalousCorners: [Int: [Corner]] { allLapCorners.filter { !session.anomalousLaps.contains($0.key) } }

    /// Coaching laps' traces scaled to the best lap's length.
    var traces: [LapTrace] {
        cache.get("traces") {
            coachingLaps.compactMap { n in session.laps[n].map { LapTrace($0, end: end(n), scaledTo: bestLength) } }
        }
    }

    var segments: [SegmentDefinition] {
        cache.get("segments") { Segments.build(corners: bestLapCorners, lapLength: bestLength) }
    }

    var lapTimes: [Int: Double] {
        Dictionary(uniqueKeysWithValues: session.lapSummaries.map { ($0.lapNumber, $0.lapTimeS) })
    }

    var gainsResult: Gains? {
        cache.get("gains") {
            guard coachingLaps.count >= 2 else { return nil }
            return GainsAnalysis.compute(segments: segments, traces: traces, lapTimes: lapTimes, bestLap: session.bestLap)
        }
    }

    var idealResult: (speedMps: [Double], sources: [NameAndLap], lapTime: Double?)? {
        cache.get("ideal") {
            guard coachingLaps.count >= 2, let best = bestLap,
                  let bestTrace = traces.first(where: { $0.lapNumber == session.bestLap }) ?? traces.first else { return nil }
            return IdealLap.compute(grid: best.distanceArray, segments: segments, traces: traces, best: bestTrace)
        }
    }

    var gpsReport: GPSQualityReport { cache.get("gps") { GPSQuality.assess(session) } }

    var optimal: OptimalProfileResponse? {
        cache.get("optimal") {
            guard let best = bestLap else { return nil }
            let laps = coachingLaps.compactMap { session.laps[$0] }
            return OptimalProfile.compute(sessionID: sessionID, best: best, bestLength: end(session.bestLap)?.distance,
                                          bestLapTime: end(session.bestLap)?.time, laps: laps.isEmpty ? [best] : laps, setup: setup)
        }
    }

    // MARK: endpoints

    /// `GET …/corners`: the best lap's corners.
    public func corners() -> CornersResponse {
        CornersResponse(sessionID: sessionID, lapNumber: session.bestLap, corners: bestLapCorners)
    }

    /// `GET …/corners/all-laps`: corners of every coaching lap (`{}` without coaching laps).
    public func cornersAllLaps() -> AllLapCornersResponse {
        AllLapCornersResponse(sessionID: sessionID, laps: allLapCorners)
    }

    /// `GET …/consistency`; 404 with fewer than 2 coaching laps.
    public func consistency() throws(AnalysisError) -> ConsistencyResponse {
        guard coachingLaps.count >= 2, let best = bestLap else {
            throw .unavailable("Consistency data not available for session \(sessionID)")
        }
        let nonAnomalous = session.lapSummaries.filter { !session.anomalousLaps.contains($0.lapNumber) }
        let laps = session.lapNumbers.filter { !session.anomalousLaps.contains($0) }.compactMap { session.laps[$0] }
        return ConsistencyResponse(sessionID: sessionID, data: .init(
            lapConsistency: LapConsistency.compute(nonAnomalous),
            cornerConsistency: cornerConsistency,
            trackPosition: ConsistencyAnalysis.trackPosition(best: best, laps: laps)))
    }

    var cornerConsistency: [CornerConsistency] {
        cache.get("consistency.corners") { ConsistencyAnalysis.corners(nonAnomalousCorners) }
    }

    /// `GET …/delta?ref=&comp=`; 404 for a lap that is not resampled.
    public func delta(ref: Int, comp: Int) throws(AnalysisError) -> DeltaResponse {
        guard let r = session.laps[ref] else { throw .lapNotFound(lap: ref, detail: "Reference lap \(ref) not found") }
        guard let c = session.laps[comp] else { throw .lapNotFound(lap: comp, detail: "Comparison lap \(comp) not found") }
        let d = DeltaAnalysis.compute(ref: r, comp: c, refEnd: end(ref), compEnd: end(comp), corners: bestLapCorners)
        return DeltaResponse(sessionID: sessionID, refLap: ref, compLap: comp, distanceM: d.distance, deltaS: d.delta,
                             totalDeltaS: d.total, cornerDeltas: d.corners)
    }

    /// `GET …/gains`; 404 with fewer than 2 coaching laps.
    public func gains() throws(AnalysisError) -> GainsResponse {
        guard var g = gainsResult else { throw .unavailable("Gains data not available for session \(sessionID)") }
        if let o = optimal?.lapTimeS {
            g.physicsGap = .init(optimalLapTimeS: o, compositeTimeS: g.composite.compositeTimeS,
                                 gapS: max(0, g.composite.compositeTimeS - o))
        }
        return GainsResponse(sessionID: sessionID, data: g)
    }

    /// `GET …/grip`; 404 without coaching laps carrying both g channels.
    public func grip() throws(AnalysisError) -> GripResponse {
        let g: Grip? = cache.get("grip") { GripAnalysis.compute(coachingLaps.compactMap { session.laps[$0] }) }
        guard let g else { throw .unavailable("Grip data not available for session \(sessionID)") }
        return GripResponse(sessionID: sessionID, data: g)
    }

    /// `GET …/gps-quality`.
    public func gpsQuality() throws(AnalysisError) -> GPSQualityResponse {
        guard !session.lapNumbers.isEmpty else { throw .unavailable("GPS quality data not available for session \(sessionID)") }
        return GPSQualityResponse(sessionID: sessionID, data: gpsReport)
    }

    /// `GET …/ideal-lap`; 422 with fewer than 2 coaching laps.
    public func idealLap() throws(AnalysisError) -> IdealLapResponse {
        guard let r = idealResult, let best = bestLap else {
            throw .notEnoughLaps("At least 2 clean laps required for ideal lap reconstruction")
        }
        return IdealLapResponse(sessionID: sessionID, distanceM: best.distanceArray,
                                speedMph: r.speedMps.map { $0 * AnalysisConstants.mpsToMph }, segmentSources: r.sources,
                                lapTimeS: r.lapTime)
    }

    /// `GET …/optimal-profile` (always available).
    public func optimalProfile() -> OptimalProfileResponse {
        optimal ?? OptimalProfileResponse(sessionID: sessionID, distanceM: [], optimalSpeedMph: [], maxCorneringSpeedMph: [],
                                          brakePoints: [], throttlePoints: [], lapTimeS: 0,
                                          vehicleParams: OptimalProfile.defaults, parameterSources: .all(.default),
                                          equipmentProfileID: setup?.profileID)
    }

    /// `GET …/charts/linked?laps=…`; 422 without laps, 404 for the first lap not resampled.
    public func linkedCharts(laps: [Int]) throws(AnalysisError) -> LinkedChartsResponse {
        guard !laps.isEmpty else {
            throw .validation(.init(type: "missing", loc: ["query", "laps"], msg: "Field required", input: nil))
        }
        var seen = Set<Int>()
        if let index = laps.indices.first(where: { !seen.insert(laps[$0]).inserted }) {
            throw .validation(.repeated("laps", index: index, laps[index]))
        }
        if let missing = laps.first(where: { session.laps[$0] == nil }) {
            throw .lapNotFound(lap: missing, detail: "Lap \(missing) not found")
        }
        guard let best = bestLap else { throw .lapNotFound(lap: session.bestLap, detail: "Lap \(session.bestLap) not found") }
        return LinkedCharts.compute(sessionID: sessionID, laps: laps, best: best, lapData: session.laps)
    }

    /// `GET …/sectors`; 422 without coaching laps.
    public func sectors() throws(AnalysisError) -> SectorsResponse {
        guard !coachingLaps.isEmpty else { throw .notEnoughLaps("At least 1 clean lap required for sector analysis") }
        return SectorAnalysis.compute(sessionID: sessionID, segments: segments, traces: traces)
    }

    /// `GET …/mini-sectors?n_sectors=&lap=`; 422 (validation) for n outside 3…100 and for a `lap` the session
    /// does not have (so no client can grow the response cache with lap numbers that do not exist).
    public func miniSectors(n: Int = 20, lap: Int? = nil) throws(AnalysisError) -> MiniSectorsResponse {
        if n < MiniSectorAnalysis.range.lowerBound {
            throw .validation(.tooSmall("n_sectors", n, minimum: MiniSectorAnalysis.range.lowerBound))
        }
        if n > MiniSectorAnalysis.range.upperBound {
            throw .validation(.tooLarge("n_sectors", n, maximum: MiniSectorAnalysis.range.upperBound))
        }
        if let lap, session.laps[lap] == nil { throw .validation(.notALap("lap", lap)) }
        return MiniSectorAnalysis.compute(sessionID: sessionID, n: n, best: coachingLaps.isEmpty ? nil : bestLap,
                                          length: bestLength, traces: traces, lap: lap)
    }

    /// `GET …/degradation`.
    public func degradation() -> DegradationResponse {
        let events = cache.get("degradation") { DegradationAnalysis.events(nonAnomalousCorners) }
        return DegradationResponse(sessionID: sessionID, events: events,
                                   hasBrakeFade: events.contains { $0.metric == "brake_fade" },
                                   hasTireDegradation: events.contains { $0.metric == "tire_degradation" })
    }

    /// Session score (§9.2); `grades` from the latest coaching report, `nil` without one.
    public func sessionScore(grades: [SessionScore.CornerGrades]? = nil) -> SessionScore {
        let snap = session.snapshot
        return SessionScore.compute(lapConsistencyScore: coachingLaps.count >= 2 ? snap.consistencyScore : nil,
                                    bestLapTime: snap.bestLapTimeS, idealLapTime: idealResult?.lapTime,
                                    snapshotOptimal: snapshotOptimal, grades: grades)
    }

    /// min(theoretical, composite) from gains, else the best lap time (§9.1).
    var snapshotOptimal: Double {
        guard let g = gainsResult else { return session.snapshot.bestLapTimeS }
        return min(g.theoretical.theoreticalTimeS, g.composite.compositeTimeS)
    }

    /// The session-list fields computed by the analyses (§9.1, §9.2).
    public func snapshotExtras(grades: [SessionScore.CornerGrades]? = nil) -> SnapshotExtras {
        let gps = gpsReport
        let g = gainsResult
        let best = session.snapshot.bestLapTimeS
        let theo = g?.theoretical.theoreticalTimeS ?? best, comp = g?.composite.compositeTimeS ?? best
        return SnapshotExtras(gpsQualityScore: gps.overallScore, gpsQualityGrade: gps.grade, theoreticalBestS: theo,
                              compositeBestS: comp, optimalLapTimeS: min(theo, comp), physicsOptimalLapTimeS: optimal?.lapTimeS,
                              sessionScore: sessionScore(grades: grades),
                              cornerTrends: CornerTrendEntry.make(allLapCorners,
                                                                  consistency: coachingLaps.count >= 2 ? cornerConsistency : nil))
    }

    /// This session as a trends/milestones input.
    public func trendInput(dateDisplay: String, date: Date?) -> TrendSessionInput {
        let extras = snapshotExtras()
        return TrendSessionInput(
            id: sessionID, dateDisplay: dateDisplay, date: date,
            lapTimes: session.lapSummaries.filter { !session.anomalousLaps.contains($0.lapNumber) }.map(\.lapTimeS),
            snapshot: session.snapshot, theoreticalBestS: extras.theoreticalBestS,
            gpsQualityScore: extras.gpsQualityScore, cornerTrends: extras.cornerTrends)
    }
}

import Foundation

/// `GET /api/sessions/{id}/compare/{other_id}` (platform.md §2.12).
public struct SessionComparisonResponse: Sendable, Codable {
    /// One `corner_deltas` entry of the response JSON.
    public struct CornerDelta: Sendable, Codable {
        public var cornerNumber: Int
        @FiniteNumber public var speedDiffMph: Double
        @FiniteNumber public var aMinSpeedMph: Double
        @FiniteNumber public var bMinSpeedMph: Double
        @FiniteNumber public var entryDistanceM: Double
        @FiniteNumber public var exitDistanceM: Double
        enum CodingKeys: String, CodingKey {
            case cornerNumber = "corner_number", speedDiffMph = "speed_diff_mph", aMinSpeedMph = "a_min_speed_mph"
            case bMinSpeedMph = "b_min_speed_mph", entryDistanceM = "entry_distance_m", exitDistanceM = "exit_distance_m"
        }
    }
    /// One side of `speed_traces` of the response JSON.
    public struct Trace: Sendable, Codable {
        @NumberList public var distanceM: [Double]
        @NumberList public var speedMph: [Double]
        enum CodingKeys: String, CodingKey { case distanceM = "distance_m", speedMph = "speed_mph" }
    }
    /// `speed_traces` of the response JSON.
    public struct Traces: Sendable, Codable { public var a: Trace; public var b: Trace }
    /// One side of `skill_dimensions` of the response JSON.
    public struct Skills: Sendable, Codable, Equatable {
        @FiniteNumber public var braking: Double
        @FiniteNumber public var trailBraking: Double
        @FiniteNumber public var throttle: Double
        @FiniteNumber public var line: Double
        enum CodingKeys: String, CodingKey { case braking, trailBraking = "trail_braking", throttle, line }
    }
    /// `track_coords` of the response JSON.
    public struct Coords: Sendable, Codable {
        @NumberList public var lat: [Double]
        @NumberList public var lon: [Double]
        @NumberList public var distanceM: [Double]
        enum CodingKeys: String, CodingKey { case lat, lon, distanceM = "distance_m" }
    }
    public var sessionAID: String
    public var sessionBID: String
    public var sessionATrack: String
    public var sessionBTrack: String
    @FiniteNumber public var sessionABestLap: Double
    @FiniteNumber public var sessionBBestLap: Double
    @FiniteNumber public var deltaS: Double
    @NumberList public var distanceM: [Double]
    @NumberList public var deltaTimeS: [Double]
    public var cornerDeltas: [CornerDelta]
    public var speedTraces: Traces
    @Nullable public var skillDimensions: SkillPairBox?
    @Nullable public var aiVerdict: String?
    public var trackCoords: Coords
    @Nullable public var sessionAWeatherCondition: String?
    @OptionalNumber public var sessionAWeatherTempC: Double?
    @Nullable public var sessionBWeatherCondition: String?
    @OptionalNumber public var sessionBWeatherTempC: Double?

    /// Equatable wrapper of the skill pair (for `Nullable`).
    public struct SkillPairBox: Sendable, Codable, Equatable {
        public var a: Skills
        public var b: Skills
    }

    enum CodingKeys: String, CodingKey {
        case sessionAID = "session_a_id", sessionBID = "session_b_id", sessionATrack = "session_a_track"
        case sessionBTrack = "session_b_track", sessionABestLap = "session_a_best_lap", sessionBBestLap = "session_b_best_lap"
        case deltaS = "delta_s", distanceM = "distance_m", deltaTimeS = "delta_time_s", cornerDeltas = "corner_deltas"
        case speedTraces = "speed_traces", skillDimensions = "skill_dimensions", aiVerdict = "ai_verdict"
        case trackCoords = "track_coords", sessionAWeatherCondition = "session_a_weather_condition"
        case sessionAWeatherTempC = "session_a_weather_temp_c", sessionBWeatherCondition = "session_b_weather_condition"
        case sessionBWeatherTempC = "session_b_weather_temp_c"
    }
}

/// Session-vs-session comparison (platform.md §2.12); the server checks access first.
public enum SessionComparison {
    /// One side: its facade plus the platform's weather and coaching-report grades.
    public struct Side: Sendable {
        public var analysis: SessionAnalysis
        public var weatherCondition: String?
        public var weatherTempC: Double?
        public var grades: [SessionScore.CornerGrades]?
        public init(analysis: SessionAnalysis, weatherCondition: String? = nil, weatherTempC: Double? = nil,
                    grades: [SessionScore.CornerGrades]? = nil) {
            self.analysis = analysis
            self.weatherCondition = weatherCondition
            self.weatherTempC = weatherTempC
            self.grades = grades
        }
    }

    /// Track names case-folded with non-alphanumeric runs → one space.
    public static func normalizedTrack(_ s: String) -> String {
        var out = ""
        var gap = false
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber { if gap && !out.isEmpty { out.append(" ") }; out.append(ch); gap = false } else { gap = true }
        }
        return out
    }

    /// Compares A (first path id) with B. 400 for different tracks or layouts (best-lap lengths
    /// differing by more than 3 % of the longer) unless the ids are equal.
    public static func compare(a: Side, b: Side) throws(AnalysisError) -> SessionComparisonResponse {
        let sa = a.analysis, sb = b.analysis
        let ta = sa.session.metadata.trackName, tb = sb.session.metadata.trackName
        if sa.sessionID != sb.sessionID {
            guard normalizedTrack(ta) == normalizedTrack(tb) else {
                throw .incompatibleSessions("Sessions are from different tracks: '\(ta)' vs '\(tb)'")
            }
            let la = sa.bestLength, lb = sb.bestLength
            guard abs(la - lb) <= 0.03 * max(la, lb) else {
                throw .incompatibleSessions("Sessions appear to use different track layouts (best-lap distance "
                    + String(format: "%.0f", la) + " m vs " + String(format: "%.0f", lb) + " m)")
            }
        }
        guard let bestA = sa.bestLap, let bestB = sb.bestLap else {
            throw .unavailable("Comparison data not available")
        }
        let k = AnalysisConstants.mpsToMph
        let delta = DeltaAnalysis.compute(ref: bestA, comp: bestB, refEnd: sa.end(sa.session.bestLap),
                                          compEnd: sb.end(sb.session.bestLap), corners: [])
        let cornersA = sa.bestLapCorners
        let cornersB = sb.view(sb.session.bestLap).map { CornerAnalysis.match(cornersA, on: $0) } ?? []
        let deltas = cornersA.compactMap { ca -> SessionComparisonResponse.CornerDelta? in
            guard let cb = cornersB.first(where: { $0.number == ca.number }) else { return nil }
            return .init(cornerNumber: ca.number, speedDiffMph: Numerics.round(ca.minSpeedMph - cb.minSpeedMph, 2),
                         aMinSpeedMph: ca.minSpeedMph, bMinSpeedMph: cb.minSpeedMph,
                         entryDistanceM: Numerics.round(ca.entryDistanceM, 1), exitDistanceM: Numerics.round(ca.exitDistanceM, 1))
        }
        let stepA = max(1, bestA.count / 300)
        let idx = Array(stride(from: 0, to: bestA.count, by: stepA))
        var skills: SessionComparisonResponse.SkillPairBox? = nil
        if let ga = a.grades, let gb = b.grades { skills = .init(a: skillDimensions(ga), b: skillDimensions(gb)) }
        let bestTimeA = sa.session.snapshot.bestLapTimeS, bestTimeB = sb.session.snapshot.bestLapTimeS
        return SessionComparisonResponse(
            sessionAID: sa.sessionID, sessionBID: sb.sessionID, sessionATrack: ta, sessionBTrack: tb,
            sessionABestLap: bestTimeA, sessionBBestLap: bestTimeB, deltaS: Numerics.round(bestTimeB - bestTimeA, 3),
            distanceM: delta.distance, deltaTimeS: delta.delta, cornerDeltas: deltas,
            speedTraces: .init(a: .init(distanceM: bestA.distanceArray, speedMph: bestA.speed.map { $0 * k }),
                               b: .init(distanceM: bestB.distanceArray, speedMph: bestB.speed.map { $0 * k })),
            skillDimensions: skills, aiVerdict: nil,
            trackCoords: .init(lat: idx.map { bestA.latitude[$0] }, lon: idx.map { bestA.longitude[$0] },
                               distanceM: idx.map { bestA.distance[$0] }),
            sessionAWeatherCondition: a.weatherCondition, sessionAWeatherTempC: a.weatherTempC,
            sessionBWeatherCondition: b.weatherCondition, sessionBWeatherTempC: b.weatherTempC)
    }

    /// Mean grade score per dimension (exact A/B/C/D/F → 100/80/60/40/20, other strings 60,
    /// N/A, NA, —, -, empty skipped; `line` uses min_speed), 1 dp, 60.0 without grades.
    static func skillDimensions(_ grades: [SessionScore.CornerGrades]) -> SessionComparisonResponse.Skills {
        func score(_ values: [String?]) -> Double {
            let map: [String: Double] = ["A": 100, "B": 80, "C": 60, "D": 40, "F": 20]
            let xs = values.compactMap { $0?.trimmingCharacters(in: .whitespaces) }.filter { !GradeText.notApplicable.contains($0) }.map { map[$0] ?? 60 }
            return Numerics.round(Numerics.mean(xs) ?? 60, 1)
        }
        return .init(braking: score(grades.map(\.braking)), trailBraking: score(grades.map(\.trailBraking)),
                     throttle: score(grades.map(\.throttle)), line: score(grades.map(\.minSpeed)))
    }
}

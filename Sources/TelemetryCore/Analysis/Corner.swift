import Foundation

/// One corner of one lap: the CornerSchema of analysis.md §4.5 (every key always present,
/// nullable ones as `null`). Distances are metres along the lap from the start/finish
/// crossing (grid distance); `min_speed_mph` is derived from `minSpeedMps`.
public struct Corner: Sendable, Equatable, Codable {
    /// Corner number, 1… along the lap.
    public var number: Int
    /// Zone start (m, 1 dp).
    public var entryDistanceM: Double
    /// Zone end, the first grid point after the zone (m, 1 dp).
    public var exitDistanceM: Double
    /// Geometric apex: where the driven line turns hardest (middle of the curvature plateau) (m, 1 dp).
    public var apexDistanceM: Double
    /// Lowest speed in the corner's window (core ± 30 m, see `CornerKPIs`) (m/s, 2 dp).
    public var minSpeedMps: Double
    /// Where braking for the corner starts: the speed maximum before it (m, 1 dp); `nil` when
    /// the corner needs no braking. Negative when it lies before the start/finish line (end of
    /// the previous lap, for a corner just after the line).
    public var brakePointM: Double?
    /// Strongest deceleration between the brake point and the apex (g, negative, 3 dp).
    public var peakBrakeG: Double?
    /// First point after the apex with 10 m of sustained acceleration > 0.1 g (m, 1 dp).
    public var throttleCommitM: Double?
    /// `early`, `mid` or `late`.
    public var apexType: String
    /// Brake point position.
    public var brakePointLat: Double?
    public var brakePointLon: Double?
    /// Geometric apex position.
    public var apexLat: Double?
    public var apexLon: Double?
    /// `left`, `right` or `nil` (< 1° net heading change).
    public var direction: String?
    /// Curated metadata; `nil`/`false` without a track database (§4.4).
    public var character: String? = nil
    public var cornerTypeHint: String? = nil
    public var elevationTrend: String? = nil
    public var camber: String? = nil
    public var blind: Bool = false
    public var coachingNotes: String? = nil
    public var bankingDeg: Double? = nil
    public var name: String? = nil
    public var nominalDistanceM: Double? = nil
    public var landmarkRef: String? = nil

    /// Minimum speed in mph, 2 dp.
    public var minSpeedMph: Double { Numerics.round(minSpeedMps * AnalysisConstants.mpsToMph, 2) }

    enum CodingKeys: String, CodingKey {
        case number, entryDistanceM = "entry_distance_m", exitDistanceM = "exit_distance_m"
        case apexDistanceM = "apex_distance_m", minSpeedMph = "min_speed_mph", brakePointM = "brake_point_m"
        case peakBrakeG = "peak_brake_g", throttleCommitM = "throttle_commit_m", apexType = "apex_type"
        case brakePointLat = "brake_point_lat", brakePointLon = "brake_point_lon", apexLat = "apex_lat"
        case apexLon = "apex_lon", direction, character, cornerTypeHint = "corner_type_hint"
        case elevationTrend = "elevation_trend", camber, blind, coachingNotes = "coaching_notes"
        case bankingDeg = "banking_deg", name, nominalDistanceM = "nominal_distance_m", landmarkRef = "landmark_ref"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        func opt<T: Encodable>(_ v: T?, _ k: CodingKeys) throws {
            if let v { try c.encode(v, forKey: k) } else { try c.encodeNil(forKey: k) }
        }
        func num(_ v: Double?, _ k: CodingKeys) throws {
            if let v, v.isFinite { try c.encode(v, forKey: k) } else { try c.encodeNil(forKey: k) }
        }
        try c.encode(number, forKey: .number)
        try num(entryDistanceM, .entryDistanceM)
        try num(exitDistanceM, .exitDistanceM)
        try num(apexDistanceM, .apexDistanceM)
        try num(minSpeedMph, .minSpeedMph)
        try num(brakePointM, .brakePointM)
        try num(peakBrakeG, .peakBrakeG)
        try num(throttleCommitM, .throttleCommitM)
        try c.encode(apexType, forKey: .apexType)
        try num(brakePointLat, .brakePointLat)
        try num(brakePointLon, .brakePointLon)
        try num(apexLat, .apexLat)
        try num(apexLon, .apexLon)
        try opt(direction, .direction)
        try opt(character, .character)
        try opt(cornerTypeHint, .cornerTypeHint)
        try opt(elevationTrend, .elevationTrend)
        try opt(camber, .camber)
        try c.encode(blind, forKey: .blind)
        try opt(coachingNotes, .coachingNotes)
        try num(bankingDeg, .bankingDeg)
        try opt(name, .name)
        try num(nominalDistanceM, .nominalDistanceM)
        try opt(landmarkRef, .landmarkRef)
    }
}

extension Corner {
    /// Reads what `encode(to:)` writes; the minimum speed comes back from its mph (2 dp), `null` numbers as NaN or nil.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func num(_ k: CodingKeys) throws -> Double { try c.decodeIfPresent(Double.self, forKey: k) ?? .nan }
        func opt<T: Decodable>(_ k: CodingKeys) throws -> T? { try c.decodeIfPresent(T.self, forKey: k) }
        self.init(number: try c.decode(Int.self, forKey: .number), entryDistanceM: try num(.entryDistanceM),
                  exitDistanceM: try num(.exitDistanceM), apexDistanceM: try num(.apexDistanceM),
                  minSpeedMps: try num(.minSpeedMph) / AnalysisConstants.mpsToMph, brakePointM: try opt(.brakePointM),
                  peakBrakeG: try opt(.peakBrakeG), throttleCommitM: try opt(.throttleCommitM),
                  apexType: try c.decode(String.self, forKey: .apexType), brakePointLat: try opt(.brakePointLat),
                  brakePointLon: try opt(.brakePointLon), apexLat: try opt(.apexLat), apexLon: try opt(.apexLon),
                  direction: try opt(.direction), character: try opt(.character), cornerTypeHint: try opt(.cornerTypeHint),
                  elevationTrend: try opt(.elevationTrend), camber: try opt(.camber),
                  blind: try c.decode(Bool.self, forKey: .blind), coachingNotes: try opt(.coachingNotes),
                  bankingDeg: try opt(.bankingDeg), name: try opt(.name), nominalDistanceM: try opt(.nominalDistanceM),
                  landmarkRef: try opt(.landmarkRef))
    }
}

/// `GET /api/sessions/{sid}/corners`: the best lap's corners.
public struct CornersResponse: Sendable, Codable {
    public var sessionID: String
    public var lapNumber: Int
    public var corners: [Corner]
    enum CodingKeys: String, CodingKey { case sessionID = "session_id", lapNumber = "lap_number", corners }
}

/// `GET /api/sessions/{sid}/corners/all-laps`: corners of every coaching lap, keyed by lap
/// (string keys), under `laps` and (public-reference name) `all_laps`.
public struct AllLapCornersResponse: Sendable, Codable {
    public var sessionID: String
    public var laps: [Int: [Corner]]
    enum CodingKeys: String, CodingKey { case sessionID = "session_id", laps, allLaps = "all_laps" }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sessionID, forKey: .sessionID)
        let keyed = laps.stringKeyed()
        try c.encode(keyed, forKey: .laps)
        try c.encode(keyed, forKey: .allLaps)
    }
}

extension AllLapCornersResponse {
    /// Reads `laps` back (its string keys as lap numbers; `all_laps` repeats it).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sessionID = try c.decode(String.self, forKey: .sessionID)
        var laps: [Int: [Corner]] = [:]
        for (key, corners) in try c.decode([String: [Corner]].self, forKey: .laps) {
            guard let lap = Int(key) else {
                throw DecodingError.dataCorruptedError(forKey: .laps, in: c, debugDescription: "lap key \(key) is not a number")
            }
            laps[lap] = corners
        }
        self.laps = laps
    }
}

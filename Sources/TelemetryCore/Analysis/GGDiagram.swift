import Foundation

/// `GET /api/sessions/{sid}/gg-diagram?corner=` (client-extras.md §7): the best lap's lateral against longitudinal g,
/// with how much of the lap's own grip envelope each corner used.
public struct GGDiagramResponse: Sendable, Codable, Equatable {
    /// One grid sample (g 4 dp, distance 2 dp).
    public struct Point: Sendable, Codable, Equatable {
        @FiniteNumber public var latG: Double
        @FiniteNumber public var lonG: Double
        @FiniteNumber public var distanceM: Double
        @Nullable public var cornerNumber: Int?
        enum CodingKeys: String, CodingKey {
            case latG = "lat_g", lonG = "lon_g", distanceM = "distance_m", cornerNumber = "corner_number"
        }
    }

    /// One best-lap corner's share of the envelope and its peaks (zeros without samples).
    public struct CornerUse: Sendable, Codable, Equatable {
        public var cornerNumber: Int
        @FiniteNumber public var utilizationPct: Double
        @FiniteNumber public var maxLatG: Double
        @FiniteNumber public var maxLonG: Double
        public var pointCount: Int
        enum CodingKeys: String, CodingKey {
            case cornerNumber = "corner_number", utilizationPct = "utilization_pct", maxLatG = "max_lat_g"
            case maxLonG = "max_lon_g", pointCount = "point_count"
        }
    }

    public var sessionID: String
    public var lapNumber: Int
    public var points: [Point]
    @FiniteNumber public var overallUtilizationPct: Double
    @FiniteNumber public var observedMaxG: Double
    public var perCorner: [CornerUse]
    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", lapNumber = "lap_number", points, overallUtilizationPct = "overall_utilization_pct"
        case observedMaxG = "observed_max_g", perCorner = "per_corner"
    }
}

/// The G-G diagram computation of client-extras.md §7 (pure: arrays in, response out).
public enum GGDiagram {
    /// Angular sectors of the envelope (10° each).
    public static let sectorCount = 36
    /// Combined g below which a sector or a sample set counts as no cornering at all.
    public static let floorG = 0.05
    /// Largest corner number a request may name.
    public static let maxCorner = 200

    struct Sample {
        var lat: Double, lon: Double, distance: Double, g: Double, sector: Int, corner: Int?
    }

    /// Sector 0…35 of the direction atan2(lon, lat).
    static func sector(lat: Double, lon: Double) -> Int {
        let theta = atan2(lon, lat)
        let k = Int(((theta + .pi) / (2 * .pi / Double(sectorCount))).rounded(.down))
        return min(max(k, 0), sectorCount - 1)
    }

    /// The samples whose three values are finite, with their combined g, sector and corner (a later corner in
    /// `corners` overrides an overlapping earlier one). A missing channel counts as all non-finite.
    static func samples(lateralG: [Double]?, longitudinalG: [Double]?, distance: [Double], corners: [Corner]) -> [Sample] {
        guard let lat = lateralG, let lon = longitudinalG else { return [] }
        var out: [Sample] = []
        out.reserveCapacity(distance.count)
        for i in 0..<min(distance.count, lat.count, lon.count) where lat[i].isFinite && lon[i].isFinite && distance[i].isFinite {
            var label: Int?
            for c in corners where c.entryDistanceM <= distance[i] && distance[i] < c.exitDistanceM { label = c.number }
            out.append(Sample(lat: lat[i], lon: lon[i], distance: distance[i], g: (lat[i] * lat[i] + lon[i] * lon[i]).squareRoot(),
                              sector: sector(lat: lat[i], lon: lon[i]), corner: label))
        }
        return out
    }

    /// Highest combined g per sector on the whole lap; sectors below `floorG` get max(mean g, `floorG`).
    static func envelope(_ samples: [Sample]) -> [Double] {
        var e = [Double](repeating: 0, count: sectorCount)
        for s in samples { e[s.sector] = max(e[s.sector], s.g) }
        let mean = samples.isEmpty ? 0 : samples.reduce(0) { $0 + $1.g } / Double(samples.count)
        return e.map { $0 < floorG ? max(mean, floorG) : $0 }
    }

    /// Mean share of the envelope used by `set` (percent); 0 for fewer than 3 samples or no cornering.
    static func utilization(_ set: [Sample], envelope e: [Double]) -> Double {
        guard set.count >= 3, let top = set.map(\.g).max(), top >= floorG else { return 0 }
        let share = set.reduce(0.0) { $0 + min(max($1.g / e[$1.sector], 0), 1) } / Double(set.count)
        return min(100, 100 * share)
    }

    /// The diagram of one lap. A missing g channel counts as all non-finite; `corner` keeps only that corner's samples.
    public static func compute(sessionID: String, lapNumber: Int, lateralG: [Double]?, longitudinalG: [Double]?,
                               distance: [Double], corners: [Corner], corner: Int? = nil) -> GGDiagramResponse {
        let samples = samples(lateralG: lateralG, longitudinalG: longitudinalG, distance: distance, corners: corners)
        guard !samples.isEmpty else {
            return GGDiagramResponse(sessionID: sessionID, lapNumber: lapNumber, points: [], overallUtilizationPct: 0,
                                     observedMaxG: 0, perCorner: [])
        }
        let observed = samples.map(\.g).max() ?? 0
        let e = envelope(samples)
        let kept = corner.map { n in samples.filter { $0.corner == n } } ?? samples
        let points = kept.map {
            GGDiagramResponse.Point(latG: Numerics.round($0.lat, 4), lonG: Numerics.round($0.lon, 4),
                                    distanceM: Numerics.round($0.distance, 2), cornerNumber: $0.corner)
        }
        var perCorner: [GGDiagramResponse.CornerUse] = []
        if corner == nil {
            perCorner = corners.map { c in
                let set = samples.filter { $0.corner == c.number }
                guard !set.isEmpty else {
                    return .init(cornerNumber: c.number, utilizationPct: 0, maxLatG: 0, maxLonG: 0, pointCount: 0)
                }
                return .init(cornerNumber: c.number, utilizationPct: Numerics.round(utilization(set, envelope: e), 2),
                             maxLatG: Numerics.round(set.map { abs($0.lat) }.max() ?? 0, 4),
                             maxLonG: Numerics.round(set.map { abs($0.lon) }.max() ?? 0, 4), pointCount: set.count)
            }
        }
        return GGDiagramResponse(sessionID: sessionID, lapNumber: lapNumber, points: points,
                                 overallUtilizationPct: Numerics.round(utilization(kept, envelope: e), 2),
                                 observedMaxG: Numerics.round(observed, 4), perCorner: perCorner)
    }
}

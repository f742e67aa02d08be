import Foundation

/// `GET /api/sessions/{sid}/track-guide` (client-extras.md §9.2): the data-driven briefing card, built only from the
/// session (`source` = `detected`; there is no curated layout database).
public struct TrackGuideResponse: Sendable, Codable, Equatable {
    /// One best-lap corner on the card.
    public struct GuideCorner: Sendable, Codable, Equatable {
        public var number: Int
        public var name: String
        @FiniteNumber public var fraction: Double
        @Nullable public var direction: String?
        @Nullable public var cornerType: String?
        @Nullable public var elevationTrend: String?
        @Nullable public var camber: String?
        public var blind: Bool
        @Nullable public var coachingNotes: String?
        @Nullable public var character: String?
        @FiniteNumber public var entryDistanceM: Double
        @FiniteNumber public var apexDistanceM: Double
        @FiniteNumber public var exitDistanceM: Double
        @FiniteNumber public var entrySpeedMph: Double
        @FiniteNumber public var minSpeedMph: Double
        @OptionalNumber public var brakePointM: Double?
        @OptionalNumber public var peakBrakeG: Double?
        @OptionalNumber public var brakeToApexM: Double?
        public var apexType: String
        enum CodingKeys: String, CodingKey {
            case number, name, fraction, direction, cornerType = "corner_type", elevationTrend = "elevation_trend", camber
            case blind, coachingNotes = "coaching_notes", character, entryDistanceM = "entry_distance_m"
            case apexDistanceM = "apex_distance_m", exitDistanceM = "exit_distance_m", entrySpeedMph = "entry_speed_mph"
            case minSpeedMph = "min_speed_mph", brakePointM = "brake_point_m", peakBrakeG = "peak_brake_g"
            case brakeToApexM = "brake_to_apex_m", apexType = "apex_type"
        }
    }

    /// A corner followed by a long run to the next one.
    public struct KeyCorner: Sendable, Codable, Equatable {
        public var number: Int
        public var name: String
        @FiniteNumber public var straightAfterM: Double
        @Nullable public var coachingNotes: String?
        @Nullable public var direction: String?
        public var blind: Bool
        @Nullable public var camber: String?
        enum CodingKeys: String, CodingKey {
            case number, name, straightAfterM = "straight_after_m", coachingNotes = "coaching_notes", direction, blind, camber
        }
    }

    /// Curated trait of a corner (always empty here).
    public struct Peculiarity: Sendable, Codable, Equatable {
        public var cornerNumber: Int
        public var cornerName: String
        public var description: String
        enum CodingKeys: String, CodingKey { case cornerNumber = "corner_number", cornerName = "corner_name", description }
    }

    /// Curated cockpit reference (always empty here).
    public struct Landmark: Sendable, Codable, Equatable {
        public var name: String
        @FiniteNumber public var distanceM: Double
        public var landmarkType: String
        @Nullable public var description: String?
        enum CodingKeys: String, CodingKey { case name, distanceM = "distance_m", landmarkType = "landmark_type", description }
    }

    public var trackName: String
    @FiniteNumber public var lengthM: Double
    @OptionalNumber public var elevationRangeM: Double?
    public var country: String
    public var nCorners: Int
    public var corners: [GuideCorner]
    public var keyCorners: [KeyCorner]
    public var peculiarities: [Peculiarity]
    public var landmarks: [Landmark]
    public var source: String
    enum CodingKeys: String, CodingKey {
        case trackName = "track_name", lengthM = "length_m", elevationRangeM = "elevation_range_m", country
        case nCorners = "n_corners", corners, keyCorners = "key_corners", peculiarities, landmarks, source
    }
}

/// The data-driven track guide of client-extras.md §9.2 (pure).
public enum TrackGuide {
    /// Least run after a corner for it to count as a key corner (m).
    public static let minStraightM = 100.0
    /// Most key corners listed.
    public static let maxKeyCorners = 5

    /// The guide for the best lap `best` (nil: none resampled) and its corners, under the header's track name.
    public static func compute(trackName: String, best: ResampledLap?, corners: [Corner]) -> TrackGuideResponse {
        let length = best?.lastDistance ?? 0
        let distance = best?.distanceArray ?? [], speed = best?.speed ?? []
        let altitude = (best?.altitude ?? []).filter(\.isFinite)
        let range = altitude.count >= 2 ? Numerics.round(altitude.max()! - altitude.min()!, 1) : nil
        let guideCorners = corners.sorted { $0.number < $1.number }.map { c in
            let entrySpeed = distance.isEmpty ? Double.nan : Numerics.interpC(c.entryDistanceM, distance, speed)
            return TrackGuideResponse.GuideCorner(
                number: c.number, name: c.name ?? "T\(c.number)",
                fraction: length > 0 ? Numerics.round(c.apexDistanceM / length, 4) : 0, direction: c.direction,
                cornerType: nil, elevationTrend: nil, camber: nil, blind: false, coachingNotes: nil, character: nil,
                entryDistanceM: c.entryDistanceM, apexDistanceM: c.apexDistanceM, exitDistanceM: c.exitDistanceM,
                entrySpeedMph: Numerics.round(entrySpeed * AnalysisConstants.mpsToMph, 1), minSpeedMph: c.minSpeedMph,
                brakePointM: c.brakePointM, peakBrakeG: c.peakBrakeG,
                brakeToApexM: c.brakePointM.map { Numerics.round(c.apexDistanceM - $0, 1) }, apexType: c.apexType)
        }
        return TrackGuideResponse(trackName: trackName, lengthM: Numerics.round(length, 1), elevationRangeM: range, country: "",
                                  nCorners: guideCorners.count, corners: guideCorners,
                                  keyCorners: keyCorners(guideCorners, length: length), peculiarities: [], landmarks: [],
                                  source: "detected")
    }

    /// Corners followed by more than `minStraightM` to the next corner (wrapping through the line), longest run
    /// first (stable), at most `maxKeyCorners`. Every corner weighs the same: no corner types without a curated layout.
    static func keyCorners(_ corners: [TrackGuideResponse.GuideCorner], length: Double) -> [TrackGuideResponse.KeyCorner] {
        guard length > 0, corners.count >= 2 else { return [] }
        let ordered = corners.enumerated().sorted { ($0.element.fraction, $0.offset) < ($1.element.fraction, $1.offset) }.map(\.element)
        var scored: [(gap: Double, corner: TrackGuideResponse.GuideCorner)] = []
        for (i, c) in ordered.enumerated() {
            let next = ordered[(i + 1) % ordered.count].fraction
            let gap = next > c.fraction ? (next - c.fraction) * length : (1 - c.fraction + next) * length
            if gap > minStraightM { scored.append((gap, c)) }
        }
        let top = scored.enumerated().sorted { ($1.element.gap, $0.offset) < ($0.element.gap, $1.offset) }.prefix(maxKeyCorners)
        return top.map { _, s in
            TrackGuideResponse.KeyCorner(number: s.corner.number, name: s.corner.name, straightAfterM: Numerics.round(s.gap, 0),
                                         coachingNotes: nil, direction: s.corner.direction, blind: false, camber: nil)
        }
    }
}

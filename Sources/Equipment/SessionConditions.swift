import TelemetryCore

/// The conditions of one session as recorded with its equipment (platform.md §4.2 `SessionConditions`).
public struct SessionConditions: Sendable, Codable, Equatable {
    public var track_condition: TrackCondition
    @OptionalNumber public var ambient_temp_c: Double?
    @OptionalNumber public var track_temp_c: Double?
    @OptionalNumber public var humidity_pct: Double?
    @OptionalNumber public var wind_speed_kmh: Double?
    @OptionalNumber public var wind_direction_deg: Double?
    @OptionalNumber public var precipitation_mm: Double?
    @OptionalNumber public var surface_water_mm: Double?
    @Nullable public var weather_source: String?
    @OptionalNumber public var weather_confidence: Double?
    @OptionalNumber public var dew_point_c: Double?
    public var track_condition_is_manual: Bool

    enum CodingKeys: String, CodingKey {
        case track_condition, ambient_temp_c, track_temp_c, humidity_pct, wind_speed_kmh, wind_direction_deg, precipitation_mm
        case surface_water_mm, weather_source, weather_confidence, dew_point_c, track_condition_is_manual
    }

    /// `track_condition` defaults to dry and `track_condition_is_manual` to false when absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        track_condition = try c.decodeIfPresent(TrackCondition.self, forKey: .track_condition) ?? .dry
        _ambient_temp_c = try c.decode(OptionalNumber.self, forKey: .ambient_temp_c)
        _track_temp_c = try c.decode(OptionalNumber.self, forKey: .track_temp_c)
        _humidity_pct = try c.decode(OptionalNumber.self, forKey: .humidity_pct)
        _wind_speed_kmh = try c.decode(OptionalNumber.self, forKey: .wind_speed_kmh)
        _wind_direction_deg = try c.decode(OptionalNumber.self, forKey: .wind_direction_deg)
        _precipitation_mm = try c.decode(OptionalNumber.self, forKey: .precipitation_mm)
        _surface_water_mm = try c.decode(OptionalNumber.self, forKey: .surface_water_mm)
        _weather_source = try c.decode(Nullable<String>.self, forKey: .weather_source)
        _weather_confidence = try c.decode(OptionalNumber.self, forKey: .weather_confidence)
        _dew_point_c = try c.decode(OptionalNumber.self, forKey: .dew_point_c)
        track_condition_is_manual = try c.decodeIfPresent(Bool.self, forKey: .track_condition_is_manual) ?? false
    }
}

import Foundation

/// The weather object of platform.md §2.5, as persisted in `snapshot_json.weather` and served by the weather routes.
///
/// Keys are the snake_case JSON keys of §2.5 (hence the property names). Every `Double` is finite or nil: the
/// initializer drops non-finite numbers, and decoding rejects none (JSON has no NaN).
public struct SessionWeather: Sendable, Codable, Equatable {
    /// `dry`, `damp` or `wet` (`TrackCondition`).
    public var track_condition: String
    /// Air temperature at 2 m, °C.
    public var ambient_temp_c: Double?
    /// Surface temperature, °C (`OpenMeteoProvider` fills it with the model's 0 cm soil temperature).
    public var track_temp_c: Double?
    /// Relative humidity at 2 m, %.
    public var humidity_pct: Double?
    /// Wind speed at 10 m, km/h.
    public var wind_speed_kmh: Double?
    /// Wind direction at 10 m, degrees (where the wind comes from).
    public var wind_direction_deg: Double?
    /// Rain + showers of the session hour, mm.
    public var precipitation_mm: Double?
    /// The water film the surface-water model puts on the track at the session time, mm.
    public var surface_water_mm: Double?
    /// `open-meteo` for provider data.
    public var weather_source: String?
    /// 0…1: how far the track condition can be trusted.
    public var weather_confidence: Double?
    /// Dew point at 2 m, °C.
    public var dew_point_c: Double?
    /// Whether a driver set `track_condition` by hand (`PATCH /api/sessions/{id}/track-condition`).
    public var track_condition_is_manual: Bool
    /// The IANA zone of the times, when known (null for provider data, which is asked in UTC).
    public var timezone_name: String?

    /// A weather object; non-finite numbers become nil.
    public init(track_condition: String, ambient_temp_c: Double? = nil, track_temp_c: Double? = nil,
                humidity_pct: Double? = nil, wind_speed_kmh: Double? = nil, wind_direction_deg: Double? = nil,
                precipitation_mm: Double? = nil, surface_water_mm: Double? = nil, weather_source: String? = nil,
                weather_confidence: Double? = nil, dew_point_c: Double? = nil, track_condition_is_manual: Bool = false,
                timezone_name: String? = nil) {
        self.track_condition = track_condition
        self.ambient_temp_c = ambient_temp_c.finite
        self.track_temp_c = track_temp_c.finite
        self.humidity_pct = humidity_pct.finite
        self.wind_speed_kmh = wind_speed_kmh.finite
        self.wind_direction_deg = wind_direction_deg.finite
        self.precipitation_mm = precipitation_mm.finite
        self.surface_water_mm = surface_water_mm.finite
        self.weather_source = weather_source
        self.weather_confidence = weather_confidence.finite
        self.dew_point_c = dew_point_c.finite
        self.track_condition_is_manual = track_condition_is_manual
        self.timezone_name = timezone_name
    }

    /// Every key of §2.5 is written, nulls included (the snapshot shows `"track_temp_c": null`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(track_condition, forKey: .track_condition)
        try container.encode(ambient_temp_c, forKey: .ambient_temp_c)
        try container.encode(track_temp_c, forKey: .track_temp_c)
        try container.encode(humidity_pct, forKey: .humidity_pct)
        try container.encode(wind_speed_kmh, forKey: .wind_speed_kmh)
        try container.encode(wind_direction_deg, forKey: .wind_direction_deg)
        try container.encode(precipitation_mm, forKey: .precipitation_mm)
        try container.encode(surface_water_mm, forKey: .surface_water_mm)
        try container.encode(weather_source, forKey: .weather_source)
        try container.encode(weather_confidence, forKey: .weather_confidence)
        try container.encode(dew_point_c, forKey: .dew_point_c)
        try container.encode(track_condition_is_manual, forKey: .track_condition_is_manual)
        try container.encode(timezone_name, forKey: .timezone_name)
    }

    /// Reads a stored object; `track_condition` defaults to `dry` and the manual flag to false (the §4.2
    /// `SessionConditions` object is this one), so older snapshots without them still load.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            track_condition: try container.decodeIfPresent(String.self, forKey: .track_condition) ?? TrackCondition.dry.rawValue,
            ambient_temp_c: try container.decodeIfPresent(Double.self, forKey: .ambient_temp_c),
            track_temp_c: try container.decodeIfPresent(Double.self, forKey: .track_temp_c),
            humidity_pct: try container.decodeIfPresent(Double.self, forKey: .humidity_pct),
            wind_speed_kmh: try container.decodeIfPresent(Double.self, forKey: .wind_speed_kmh),
            wind_direction_deg: try container.decodeIfPresent(Double.self, forKey: .wind_direction_deg),
            precipitation_mm: try container.decodeIfPresent(Double.self, forKey: .precipitation_mm),
            surface_water_mm: try container.decodeIfPresent(Double.self, forKey: .surface_water_mm),
            weather_source: try container.decodeIfPresent(String.self, forKey: .weather_source),
            weather_confidence: try container.decodeIfPresent(Double.self, forKey: .weather_confidence),
            dew_point_c: try container.decodeIfPresent(Double.self, forKey: .dew_point_c),
            track_condition_is_manual: try container.decodeIfPresent(Bool.self, forKey: .track_condition_is_manual) ?? false,
            timezone_name: try container.decodeIfPresent(String.self, forKey: .timezone_name))
    }

    private enum CodingKeys: String, CodingKey {
        case track_condition, ambient_temp_c, track_temp_c, humidity_pct, wind_speed_kmh, wind_direction_deg,
             precipitation_mm, surface_water_mm, weather_source, weather_confidence, dew_point_c,
             track_condition_is_manual, timezone_name
    }
}

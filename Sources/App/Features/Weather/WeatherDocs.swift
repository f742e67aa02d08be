/// API-description entries of the weather routes.
enum WeatherDocs {
    static let weather = JSONSchema.object([
        "track_condition": .oneOf(["dry", "damp", "wet"]), "track_condition_is_manual": .boolean,
    ], optional: [
        "ambient_temp_c": JSONSchema.number.nullable, "track_temp_c": JSONSchema.number.nullable,
        "humidity_pct": JSONSchema.number.nullable, "wind_speed_kmh": JSONSchema.number.nullable,
        "wind_direction_deg": JSONSchema.number.nullable, "precipitation_mm": JSONSchema.number.nullable,
        "surface_water_mm": JSONSchema.number.nullable, "weather_source": JSONSchema.string.nullable,
        "weather_confidence": JSONSchema.number.nullable, "dew_point_c": JSONSchema.number.nullable,
        "timezone_name": JSONSchema.string.nullable,
    ])

    static let sessionWeather = RouteDocs(.user, .json(.object(["session_id": .string, "weather": weather.nullable])))
    static let backfill = RouteDocs(.user, .json(.object([
        "backfilled": .integer, "skipped": .integer, "failed": .integer, "total": .integer,
    ])))
    static let trackCondition = RouteDocs(.user, .json(.object([
        "track_condition": .oneOf(["dry", "damp", "wet"]), "track_condition_is_manual": .boolean,
    ])), errors: [409, 502], body: .json(.object(["condition": JSONSchema.oneOf(["dry", "damp", "wet"]).nullable])))
    static let lookup = RouteDocs(.user, .json(.object(["conditions": weather.nullable], optional: ["message": .string])),
                                  body: .json(.object(["lat": .number(minimum: -90, maximum: 90), "lon": .number(minimum: -180, maximum: 180), "session_date": JSONSchema.string.format("date")],
                                                      optional: ["hour": JSONSchema.integer(minimum: 0, maximum: 23).nullable])))
}

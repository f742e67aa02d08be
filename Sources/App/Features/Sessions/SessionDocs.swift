/// API-description entries of the session routes (list, detail, laps, tags, deletion, upload).
enum SessionDocs {
    /// `SessionSummary`: every key is written, unknown values as `null`.
    static let summary: JSONSchema = {
        var fields: [String: JSONSchema] = ["session_id": .string, "track_name": .string, "session_date": .string,
                                            "lap_timing": .oneOf(["lap_numbers", "learned_gate", "auto_gate"])]
        for key in ["session_date_local", "gps_quality_grade", "tire_model", "compound_category", "equipment_profile_name",
                    "weather_condition"] {
            fields[key] = JSONSchema.string.nullable
        }
        for key in ["n_laps", "n_clean_laps"] { fields[key] = JSONSchema.integer.nullable }
        for key in ["best_lap_time_s", "top3_avg_time_s", "avg_lap_time_s", "consistency_score", "session_score",
                    "score_consistency", "score_pace", "score_technique", "optimal_lap_time_s", "gps_quality_score",
                    "weather_temp_c", "weather_humidity_pct", "weather_wind_kmh", "weather_precipitation_mm"] {
            fields[key] = JSONSchema.number.nullable
        }
        return .object(fields)
    }()

    static let lapNumber: [String: JSONSchema] = ["lap_number": .int64]

    /// A lap tag: predefined (`clean`, `off-line`, …) or custom, 1–32 characters of `a-z`, `0-9` and `-`.
    static let tag = JSONSchema.string(minLength: 1, maxLength: 32, pattern: "^[a-z0-9-]+$")
    static let tagList = JSONSchema.array(tag, maxItems: LapTagRules.maxPerLap)
    static let lapTags = JSONSchema.object(["lap_number": .integer, "tags": .array(.string)])
    /// A delete's answer (`StatusResponse.deleted`).
    static let message = JSONSchema.object(["message": .string, "status": .oneOf(["deleted"])])

    static let list = RouteDocs(.user, .json(.object(["items": .array(summary), "total": .integer])))
    static let detail = RouteDocs(.user, .json(summary))
    static let laps = RouteDocs(.user, .json(.array(.object([
        "lap_number": .integer, "lap_time_s": .finite, "lap_distance_m": .finite, "max_speed_mps": .finite,
        "is_clean": .boolean, "tags": .array(.string),
    ]))))
    static let lapData = RouteDocs(.user, .json(.object([
        "lap_number": .integer, "distance_m": .array(.number), "speed_mph": .numbers, "lat": .numbers, "lon": .numbers,
        "heading_deg": .numbers, "lap_time_s": .numbers, "lateral_g": JSONSchema.numbers.nullable,
        "longitudinal_g": JSONSchema.numbers.nullable, "altitude_m": JSONSchema.numbers.nullable,
    ])), path: lapNumber)
    static let readTags = RouteDocs(.user, .json(lapTags), path: lapNumber)
    static let writeTags = RouteDocs(.user, .json(lapTags), path: lapNumber,
                                     body: .json(.anyOf([tagList, .object(["tags": tagList])])))
    static let delete = RouteDocs(.user, .json(message))
    static let clear = RouteDocs(.user, .json(message))

    static let upload = RouteDocs(.user, .json(.object([
        "session_ids": .array(.string), "message": .string, "newly_unlocked": .array(.string),
        "files": .array(.object([:], optional: [
            "filename": .string, "session_id": .string, "duplicate": .boolean, "error": .string,
        ])),
    ], optional: ["claim_tokens": .map(.string)])), errors: [429], body: .files(maxFiles: UploadRoute.maxFiles))
}

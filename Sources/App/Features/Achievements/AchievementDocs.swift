/// API-description entries of the achievement and recap routes.
enum AchievementDocs {
    static let entry = JSONSchema.object([
        "id": .string, "name": .string, "description": .string, "criteria_type": .string, "criteria_value": .number,
        "tier": .oneOf(["bronze", "silver", "gold", "platinum"]), "icon": .string, "category": .string, "unlocked": .boolean,
        "session_id": JSONSchema.string.nullable, "unlocked_at": JSONSchema.timestamp.nullable,
    ])

    static let list = RouteDocs(.user, .json(.object(["achievements": .array(entry)])))
    static let recent = RouteDocs(.user, .json(.object(["newly_unlocked": .array(entry)])))
    static let acknowledge = RouteDocs(.user, .json(.object(["acknowledged": .integer])))

    static let wrapped = RouteDocs(.user, .json(.object([
        "year": .integer, "total_sessions": .integer, "total_laps": .integer, "total_distance_km": .number,
        "tracks_visited": .array(.string), "total_track_time_hours": .number,
        "biggest_improvement_track": JSONSchema.string.nullable, "biggest_improvement_s": JSONSchema.number.nullable,
        "best_consistency_score": .number, "personality": .string, "personality_description": .string,
        "top_corner_grade": JSONSchema.string.nullable,
        "highlights": .array(.object(["label": .string, "value": .string, "category": .oneOf(["stat", "achievement"])])),
    ])), path: ["year": .integer(minimum: 2000, maximum: 2100)])
}

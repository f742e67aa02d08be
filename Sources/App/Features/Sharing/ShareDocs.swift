/// API-description entries of the share-link routes. The token holder's routes are `.share`: an unknown token is 404.
enum ShareDocs {
    static let nullableNumber = JSONSchema.number.nullable

    /// The stored comparison report: `SessionComparisonResponse` without the weather keys, the caller's token first.
    static let comparison: JSONSchema = {
        var schema = AnalysisSchemas.comparison
        for key in ChallengeService.omittedKeys {
            schema.properties?[key] = nil
            schema.required?.removeAll { $0 == key }
        }
        schema.properties?["token"] = .string
        schema.required = ((schema.required ?? []) + ["token"]).sorted()
        return schema
    }()

    static let create = RouteDocs(.user, .json(.object([
        "id": .string, "token": .string, "share_url": .string, "url": .string, "session_id": .string,
        "track_name": .string, "created_at": .timestamp, "expires_at": .timestamp,
    ])), errors: [404], body: .json(.object(["session_id": .string(pattern: "^[^\\u0000]*$")])))
    static let mine = RouteDocs(.user, .json(.object(["total": .integer, "items": .array(.object([
        "id": .string, "session_id": .string, "track_name": .string, "created_at": .timestamp, "expires_at": .timestamp,
        "is_expired": .boolean, "comparisons": .integer,
    ]))])))
    static let revoke = RouteDocs(.user, .json(SessionDocs.message))
    static let metadata = RouteDocs(.share, .json(.object([
        "token": .string, "track_name": .string, "inviter_name": .string, "best_lap_time_s": nullableNumber,
        "created_at": .timestamp, "expires_at": .timestamp, "is_expired": .boolean,
    ])))
    static let view = RouteDocs(.share, .json(.object([
        "token": .string, "track_name": .string, "session_date": .string, "driver_name": .string, "is_expired": .boolean,
        "best_lap_time_s": nullableNumber, "n_laps": JSONSchema.integer.nullable, "consistency_score": nullableNumber,
        "session_score": nullableNumber, "top_speed_mph": nullableNumber, "skill_braking": nullableNumber,
        "skill_trail_braking": nullableNumber, "skill_throttle": nullableNumber, "skill_line": nullableNumber,
        "coaching_summary": JSONSchema.string.nullable,
        "track_coords": JSONSchema.object(["lat": .numbers, "lon": .numbers]).nullable,
    ])), errors: [429])
    /// 400 when the challenger's file is of another track, 410 for an expired link, 429 past the upload limits.
    static let upload = RouteDocs(.share, .json(comparison), errors: [400, 410, 429], body: .files(maxFiles: 1))
    static let latestComparison = RouteDocs(.share, .json(comparison), errors: [410])
    static let aiComparison = RouteDocs(.share, .json(.object(["ai_comparison_text": .string])), errors: [410, 429])
}

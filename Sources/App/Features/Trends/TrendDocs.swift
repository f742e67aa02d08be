/// API-description entries of the trend routes; both answer 422 when the caller has too few sessions of the track.
enum TrendDocs {
    static let milestone = JSONSchema.object([
        "session_id": .string, "session_date": .string, "category": .string, "description": .string, "value": .finite,
    ])

    static let trends = RouteDocs(.user, .json(.object([
        "track_name": .string,
        "data": .object([
            "track_name": .string, "n_sessions": .integer,
            "sessions": .array(.object([
                "session_id": .string, "session_date": .string, "best_lap_time_s": .finite, "top3_avg_time_s": .finite,
                "avg_lap_time_s": .finite, "consistency_score": .finite, "n_laps": .integer, "n_clean_laps": .integer,
                "lap_times_s": .numbers,
            ])),
            "best_lap_trend": .numbers, "top3_avg_trend": .numbers, "consistency_trend": .numbers,
            "theoretical_trend": .numbers, "corner_min_speed_trends": .map(.numbers),
            "corner_brake_std_trends": .map(.numbers), "corner_consistency_trends": .map(.numbers),
            "milestones": .array(milestone),
        ]),
    ])), errors: [422], query: [.init("include_low_quality", .boolean, description: "Include sessions with poor GPS")])

    static let milestones = RouteDocs(.user, .json(.object(["track_name": .string, "milestones": .array(milestone)])),
                                      errors: [422])
}

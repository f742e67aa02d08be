/// JSON schemas of the client-extras analyses (client-extras.md §5–§8, §9.2).
extension AnalysisSchemas {
    static let ggDiagram = JSONSchema.object([
        "session_id": .string, "lap_number": .integer,
        "points": .array(finiteFields(["lat_g", "lon_g", "distance_m"], plus: ["corner_number": JSONSchema.integer.nullable])),
        "overall_utilization_pct": .finite, "observed_max_g": .finite,
        "per_corner": .array(finiteFields(["utilization_pct", "max_lat_g", "max_lon_g"],
                                          plus: ["corner_number": .integer, "point_count": .integer])),
    ])

    static let lineAnalysis: JSONSchema = {
        let profile = finiteFields(
            ["d_entry_median", "d_apex_median", "d_exit_median", "apex_fraction_median", "d_apex_sd", "straight_after_m",
             "best_exit_speed_mps", "best_segment_time_s", "best_d_entry", "best_d_apex", "best_d_exit",
             "median_segment_time_s", "median_exit_speed_mps"],
            plus: ["corner_number": .integer, "n_laps": .integer,
                   "line_error_type": .oneOf(["early_apex", "late_apex", "wide_entry", "tight_entry", "pinched_exit",
                                              "wide_exit", "good_line"]),
                   "severity": .oneOf(["minor", "moderate", "major"]),
                   "consistency_tier": .oneOf(["expert", "consistent", "developing", "novice"]),
                   "allen_berg_type": .oneOf(["A", "B", "C"]), "priority_rank": .integer,
                   "best_lap_number": JSONSchema.integer.nullable, "best_ranking_method": nullableString])
        return .object([
            "session_id": .string, "available": .boolean, "corner_profiles": .array(profile), "distance_m": .numbers,
            "traces": .array(.object(["lap_number": .integer, "offsets_m": .numbers])),
            "reference_e": .numbers, "reference_n": .numbers, "n_laps_used": .integer,
            "lap_traces": .array(.object(["lap_number": .integer, "e": .numbers, "n": .numbers, "speed_mps": .numbers])),
        ])
    }()

    static let trackGuide: JSONSchema = {
        let corner = finiteFields(
            ["fraction", "entry_distance_m", "apex_distance_m", "exit_distance_m", "entry_speed_mph", "min_speed_mph",
             "brake_point_m", "peak_brake_g", "brake_to_apex_m"],
            plus: ["number": .integer, "name": .string, "direction": nullableString, "corner_type": nullableString,
                   "elevation_trend": nullableString, "camber": nullableString, "blind": .boolean,
                   "coaching_notes": nullableString, "character": nullableString, "apex_type": .string])
        let key = JSONSchema.object([
            "number": .integer, "name": .string, "straight_after_m": .finite, "coaching_notes": nullableString,
            "direction": nullableString, "blind": .boolean, "camber": nullableString,
        ])
        return .object([
            "track_name": .string, "length_m": .finite, "elevation_range_m": .finite, "country": .string,
            "n_corners": .integer, "corners": .array(corner), "key_corners": .array(key),
            "peculiarities": .array(.object(["corner_number": .integer, "corner_name": .string, "description": .string])),
            "landmarks": .array(.object(["name": .string, "distance_m": .finite, "landmark_type": .string,
                                         "description": nullableString])),
            "source": .oneOf(["track_db", "detected"]),
        ])
    }()

    static let speedSensitivity = JSONSchema.object([
        "session_id": .string,
        "corners": .array(finiteFields(["sensitivity_s", "min_speed_mph", "arc_length_m"], plus: ["corner_number": .integer])),
        "vehicle_params": vehicleParams,
    ])

    static let optimalComparison = JSONSchema.object([
        "session_id": .string,
        "corner_opportunities": .array(finiteFields(
            ["actual_min_speed_mph", "optimal_min_speed_mph", "speed_gap_mph", "brake_gap_m", "throttle_gap_m", "time_cost_s",
             "exit_straight_time_cost_s"],
            plus: ["corner_number": .integer, "linked_group_id": JSONSchema.integer.nullable])),
        "actual_lap_time_s": .finite, "optimal_lap_time_s": .finite, "total_gap_s": .finite, "is_valid": .boolean,
        "invalid_reasons": .array(.string), "equipment_profile_id": nullableString,
    ])
}

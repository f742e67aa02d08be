/// JSON schemas of the analysis core's responses (`TelemetryCore/Analysis`). A number the core writes through
/// `@FiniteNumber`/`@OptionalNumber` is `.finite` (number or null); a `@NumberList` is `.numbers`.
enum AnalysisSchemas {
    /// Wraps a payload the way most analysis endpoints answer: `{"session_id", "data": …}`.
    static func sessionData(_ data: JSONSchema) -> JSONSchema { .object(["session_id": .string, "data": data]) }

    /// An object whose every field is a number or null.
    static func finiteFields(_ names: [String], plus other: [String: JSONSchema] = [:]) -> JSONSchema {
        var fields = other
        for name in names { fields[name] = .finite }
        return .object(fields)
    }

    static let nullableString = JSONSchema.string.nullable

    static let corner: JSONSchema = {
        var fields: [String: JSONSchema] = ["number": .integer, "apex_type": .string, "blind": .boolean]
        for key in ["entry_distance_m", "exit_distance_m", "apex_distance_m", "min_speed_mph", "brake_point_m", "peak_brake_g",
                    "throttle_commit_m", "brake_point_lat", "brake_point_lon", "apex_lat", "apex_lon", "banking_deg",
                    "nominal_distance_m"] {
            fields[key] = .finite
        }
        for key in ["direction", "character", "corner_type_hint", "elevation_trend", "camber", "coaching_notes", "name",
                    "landmark_ref"] {
            fields[key] = nullableString
        }
        return .object(fields)
    }()

    static let corners = JSONSchema.object(["session_id": .string, "lap_number": .integer, "corners": .array(corner)])
    static let allLapCorners = JSONSchema.object([
        "session_id": .string, "laps": .map(.array(corner)), "all_laps": .map(.array(corner)),
    ])

    static let lapConsistency = finiteFields(
        ["std_dev_s", "spread_s", "mean_abs_consecutive_delta_s", "max_consecutive_delta_s", "consistency_score",
         "choppiness_score", "spread_score", "jump_score"],
        plus: ["lap_numbers": .array(.integer), "lap_times_s": .numbers, "consecutive_deltas_s": .numbers,
               "has_sufficient_data": .boolean, "sample_count": .integer])
    static let cornerConsistency = finiteFields(
        ["min_speed_std_mph", "min_speed_range_mph", "brake_point_std_m", "throttle_commit_std_m", "consistency_score"],
        plus: ["corner_number": .integer, "lap_numbers": .array(.integer), "min_speeds_mph": .numbers,
               "has_sufficient_data": .boolean, "sample_count": .integer])
    static let consistency = sessionData(.object([
        "lap_consistency": lapConsistency, "corner_consistency": .array(cornerConsistency),
        "track_position": .object(["distance_m": .numbers, "speed_std_mph": .numbers, "speed_mean_mph": .numbers,
                                   "speed_median_mph": .numbers, "n_laps": .integer, "lat": .numbers, "lon": .numbers]),
    ]))

    static let cornerDelta = JSONSchema.object(["corner_number": .integer, "delta_s": .finite, "ref_min_speed_mph": .finite,
                                                "comp_min_speed_mph": .finite])
    static let delta: JSONSchema = {
        let payload: [String: JSONSchema] = ["distance_m": .numbers, "delta_s": .numbers, "total_delta_s": .finite,
                                             "corner_deltas": .array(cornerDelta)]
        return .object(payload.merging(["session_id": .string, "ref_lap": .integer, "comp_lap": .integer,
                                        "data": .object(payload)]) { a, _ in a })
    }()

    static let segment = JSONSchema.object([
        "name": .string, "entry_distance_m": .finite, "exit_distance_m": .finite, "is_corner": .boolean,
    ])
    static let segmentGain = finiteFields(["best_time_s", "avg_time_s", "gain_s"], plus: [
        "segment": segment, "best_lap": .integer, "lap_times_s": .map(.finite),
    ])
    static let gains = sessionData(.object([
        "consistency": finiteFields(["total_gain_s", "avg_lap_time_s", "best_lap_time_s"],
                                    plus: ["segment_gains": .array(segmentGain)]),
        "composite": finiteFields(["composite_time_s", "best_lap_time_s", "gain_s"],
                                  plus: ["segment_gains": .array(segmentGain)]),
        "theoretical": finiteFields(["sector_size_m", "theoretical_time_s", "best_lap_time_s", "gain_s"],
                                    plus: ["n_sectors": .integer]),
        "clean_lap_numbers": .array(.integer), "best_lap_number": .integer,
        "physics_gap": finiteFields(["optimal_lap_time_s", "composite_time_s", "gap_s"]).nullable,
    ]))

    static let grip = sessionData(.object([
        "multi_lap": finiteFields(["max_g", "percentile"], plus: ["n_points": .integer, "n_laps": .integer]),
        "directional": finiteFields(["fit_residual", "equivalent_radius"], plus: [
            "ellipse": finiteFields(["semi_major", "semi_minor", "rotation_rad", "center_lat_g", "center_lon_g"]),
            "n_bins": .integer, "bin_angles": .numbers, "bin_peaks": .numbers,
        ]),
        "speed_model": finiteFields(["base_grip_g", "aero_coefficient_k", "r_squared", "reference_speed_mps", "equivalent_g"],
                                    plus: ["speed_bins": .numbers, "peak_g_per_bin": .numbers]),
        "convex_hull": finiteFields(["hull_area", "equivalent_radius"], plus: [
            "hull_vertices_lat_g": .numbers, "hull_vertices_lon_g": .numbers, "n_vertices": .integer,
        ]),
        "composite_max_g": .finite, "envelope_lat_g": .numbers, "envelope_lon_g": .numbers,
        "weights": .object(["multi_lap": .number, "directional": .number, "speed_model": .number, "convex_hull": .number]),
        "metadata": .object(["individual_scalars": .map(.finite)]),
    ]))

    static let gpsQuality = sessionData(.object([
        "overall_score": .finite, "grade": .string, "is_usable": .boolean,
        "accuracy": finiteFields(["p50", "p90", "score"]),
        "satellites": finiteFields(["p10", "p50", "score"]),
        "lap_distance_cv": finiteFields(["cv_percent", "score"], plus: ["n_laps": .integer]).nullable,
        "speed_spikes": finiteFields(["spikes_per_km", "total_distance_km", "score"], plus: ["total_spikes": .integer]),
        "heading_jitter": finiteFields(["jitter_std", "straight_fraction", "score"]).nullable,
        "lateral_scatter": finiteFields(["scatter_p90", "score"]),
        "metric_weights": .map(.finite),
    ]))

    /// `["T3", 5]`: a segment name and the lap it comes from.
    /// `[segment, lap, time_s]`.
    static let nameAndLap = JSONSchema.array(.anyOf([.string, .number, .type("null")]), minItems: 3, maxItems: 3)
    static let idealLap = JSONSchema.object([
        "session_id": .string, "distance_m": .numbers, "speed_mph": .numbers, "segment_sources": .array(nameAndLap),
    ])

    /// `VehicleParams`: the optimal profile's vehicle, also the speed sensitivity's.
    static let vehicleParams = finiteFields(["mu", "max_accel_g", "max_decel_g", "max_lateral_g", "top_speed_mps", "tyre_mu",
                                             "surface_grip", "mass_kg", "wheel_power_kw", "drag_area_m2", "air_density_kg_m3"],
                                            plus: ["calibrated": .boolean])
    static let optimalProfile = JSONSchema.object([
        "session_id": .string, "distance_m": .numbers, "optimal_speed_mph": .numbers, "max_cornering_speed_mph": .numbers,
        "brake_points": .numbers, "throttle_points": .numbers, "lap_time_s": .finite,
        "vehicle_params": vehicleParams,
        "parameter_sources": .object(Dictionary(uniqueKeysWithValues: [
            "mu", "max_lateral_g", "max_decel_g", "max_accel_g", "top_speed_mps", "drag",
        ].map { ($0, JSONSchema.oneOf(["equipment", "telemetry", "default", "none"])) })),
        "equipment_profile_id": nullableString,
    ])

    static let linkedCharts = JSONSchema.object([
        "session_id": .string, "laps": .array(.integer), "distance_m": .numbers, "speed_traces": .map(.numbers),
        "lateral_g_traces": JSONSchema.map(.numbers).nullable, "longitudinal_g_traces": JSONSchema.map(.numbers).nullable,
        "heading_traces": .map(.numbers),
    ])

    static let sectors = JSONSchema.object([
        "session_id": .string, "segments": .array(segment),
        "lap_splits": .array(.object([
            "lap_number": .integer, "total_time_s": .finite,
            "splits": .array(.object(["sector_name": .string, "time_s": .finite, "is_personal_best": .boolean])),
        ])),
        "best_sector_times": .map(.finite), "best_sector_laps": .map(.integer), "composite_time_s": .finite,
    ])

    static let miniSectors = JSONSchema.object([
        "session_id": .string, "n_sectors": .integer,
        "sectors": .array(.object(["index": .integer, "entry_distance_m": .finite, "exit_distance_m": .finite,
                                   "gps_points": .array(.numbers)])),
        "best_sector_times_s": .numbers, "best_sector_laps": .array(.integer),
        "lap_data": .map(.object(["lap_number": .integer, "sector_times_s": .numbers, "deltas_s": .numbers,
                                  "classifications": .array(.string)])),
    ])

    static let degradation = JSONSchema.object([
        "session_id": .string, "has_brake_fade": .boolean, "has_tire_degradation": .boolean,
        "events": .array(.object([
            "corner_number": .integer, "metric": .string, "start_lap": .integer, "end_lap": .integer, "slope": .finite,
            "r_squared": .finite, "severity": .string, "description": .string, "values": .numbers,
            "lap_numbers": .array(.integer),
        ])),
    ])

    static let comparison: JSONSchema = {
        let skills = finiteFields(["braking", "trail_braking", "throttle", "line"])
        let trace = JSONSchema.object(["distance_m": .numbers, "speed_mph": .numbers])
        return .object([
            "session_a_id": .string, "session_b_id": .string, "session_a_track": .string, "session_b_track": .string,
            "session_a_best_lap": .finite, "session_b_best_lap": .finite, "delta_s": .finite, "distance_m": .numbers,
            "delta_time_s": .numbers,
            "corner_deltas": .array(finiteFields(["speed_diff_mph", "a_min_speed_mph", "b_min_speed_mph", "entry_distance_m",
                                                  "exit_distance_m"], plus: ["corner_number": .integer])),
            "speed_traces": .object(["a": trace, "b": trace]),
            "skill_dimensions": JSONSchema.object(["a": skills, "b": skills]).nullable,
            "ai_verdict": nullableString,
            "track_coords": .object(["lat": .numbers, "lon": .numbers, "distance_m": .numbers]),
            "session_a_weather_condition": nullableString, "session_a_weather_temp_c": .finite,
            "session_b_weather_condition": nullableString, "session_b_weather_temp_c": .finite,
        ])
    }()
}

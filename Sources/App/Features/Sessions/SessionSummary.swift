import Foundation
import TelemetryCore
import Storage

/// The list item and detail shape (analysis.md §9.3, platform.md §2.4).
struct SessionSummary: Codable {
    var session_id: String
    var track_name: String
    var session_date: String
    var session_date_local: String?
    var n_laps: Int?
    var n_clean_laps: Int?
    var best_lap_time_s: Double?
    var top3_avg_time_s: Double?
    var avg_lap_time_s: Double?
    var consistency_score: Double?
    var session_score: Double?
    var score_consistency: Double?
    var score_pace: Double?
    var score_technique: Double?
    var optimal_lap_time_s: Double?
    var gps_quality_score: Double?
    var gps_quality_grade: String?
    var tire_model: String?
    var compound_category: String?
    var equipment_profile_name: String?
    var weather_temp_c: Double?
    var weather_condition: String?
    var weather_humidity_pct: Double?
    var weather_wind_kmh: Double?
    var weather_precipitation_mm: Double?
    /// How the laps were timed: `lap_numbers`, `learned_gate` or `auto_gate` (issue #16).
    var lap_timing: String

    init(_ record: SessionRecord) {
        session_id = record.sessionID
        track_name = record.trackName
        session_date = record.sessionDate
        n_laps = record.nLaps
        n_clean_laps = record.nCleanLaps
        best_lap_time_s = Numerics.finite(record.bestLapTimeS)
        top3_avg_time_s = Numerics.finite(record.top3AvgTimeS)
        avg_lap_time_s = Numerics.finite(record.avgLapTimeS)
        consistency_score = Numerics.finite(record.consistencyScore)
        let snapshot = SnapshotDocument.decode(record.snapshotJSON)
        lap_timing = snapshot?.lap_timing ?? LapTiming.lapNumbers.rawValue
        gps_quality_score = snapshot?.gps_quality?.overall_score
        gps_quality_grade = snapshot?.gps_quality?.grade
        apply(snapshot?.scores)
    }

    /// The assigned equipment and the session's weather (platform.md §2.4).
    mutating func apply(_ setup: SessionSetup?) {
        tire_model = setup?.document?.tires.model
        compound_category = setup?.document?.tires.compound_category.rawValue
        equipment_profile_name = setup?.profileName
        weather_temp_c = setup?.conditions?.ambient_temp_c
        weather_condition = setup?.conditions?.track_condition
        weather_humidity_pct = setup?.conditions?.humidity_pct
        weather_wind_kmh = setup?.conditions?.wind_speed_kmh
        weather_precipitation_mm = setup?.conditions?.precipitation_mm
    }

    /// Session score and its components (stored at upload, or computed live for the current tags).
    mutating func apply(_ scores: SnapshotDocument.Scores?) {
        session_score = scores?.total
        score_consistency = scores?.consistency
        score_pace = scores?.pace
        score_technique = scores?.technique
        optimal_lap_time_s = scores?.optimal_lap_time_s
    }

    /// Encodes every key, null included, so clients see the whole documented shape.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        for (key, value) in fields {
            try container.encodeNullable(value, forKey: DynamicKey(key))
        }
    }

    private var fields: [(String, (any Encodable)?)] {
        [("session_id", session_id), ("track_name", track_name), ("session_date", session_date),
         ("session_date_local", session_date_local), ("n_laps", n_laps), ("n_clean_laps", n_clean_laps),
         ("best_lap_time_s", best_lap_time_s), ("top3_avg_time_s", top3_avg_time_s), ("avg_lap_time_s", avg_lap_time_s),
         ("consistency_score", consistency_score), ("session_score", session_score),
         ("score_consistency", score_consistency), ("score_pace", score_pace), ("score_technique", score_technique),
         ("optimal_lap_time_s", optimal_lap_time_s), ("gps_quality_score", gps_quality_score),
         ("gps_quality_grade", gps_quality_grade), ("tire_model", tire_model), ("compound_category", compound_category),
         ("equipment_profile_name", equipment_profile_name), ("weather_temp_c", weather_temp_c),
         ("weather_condition", weather_condition), ("weather_humidity_pct", weather_humidity_pct),
         ("weather_wind_kmh", weather_wind_kmh), ("weather_precipitation_mm", weather_precipitation_mm),
         ("lap_timing", lap_timing)]
    }
}

extension KeyedEncodingContainer where Key == DynamicKey {
    mutating func encodeNullable(_ value: (any Encodable)?, forKey key: DynamicKey) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

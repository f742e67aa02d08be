import Foundation
import Testing
@testable import TelemetryCore

/// Every response encodes without NaN/Infinity, with the documented keys (nulls written).
@Suite("JSON encoding")
struct EncodingTests {
    func everyResponse(_ a: SessionAnalysis) throws -> [String: String] {
        var out: [String: String] = [:]
        out["corners"] = try encodedJSON(a.corners())
        out["all"] = try encodedJSON(a.cornersAllLaps())
        out["consistency"] = try encodedJSON(a.consistency())
        out["delta"] = try encodedJSON(a.delta(ref: a.session.bestLap, comp: a.coachingLaps.last!))
        out["gains"] = try encodedJSON(a.gains())
        out["grip"] = try encodedJSON(a.grip())
        out["gps"] = try encodedJSON(a.gpsQuality())
        out["ideal"] = try encodedJSON(a.idealLap())
        out["optimal"] = try encodedJSON(a.optimalProfile())
        out["linked"] = try encodedJSON(a.linkedCharts(laps: a.coachingLaps))
        out["sectors"] = try encodedJSON(a.sectors())
        out["mini"] = try encodedJSON(a.miniSectors(n: 20, lap: nil))
        out["degradation"] = try encodedJSON(a.degradation())
        out["extras"] = try encodedJSON(a.snapshotExtras())
        return out
    }

    @Test("no NaN/Infinity in any encoded output", arguments: AnalysisFixture.all)
    func finite(_ f: AnalysisFixture) throws {
        for (name, json) in try everyResponse(f.analysis) {
            let lower = json.lowercased()
            #expect(!lower.contains("nan") && !lower.contains("inf"), "\(name)")
        }
    }

    @Test("documented keys are present")
    func keys() throws {
        let all = try everyResponse(AnalysisFixture.all[0].analysis)
        let corner = ["number", "entry_distance_m", "exit_distance_m", "apex_distance_m", "min_speed_mph", "brake_point_m",
                      "peak_brake_g", "throttle_commit_m", "apex_type", "brake_point_lat", "brake_point_lon", "apex_lat",
                      "apex_lon", "direction", "character", "corner_type_hint", "elevation_trend", "camber", "blind",
                      "coaching_notes", "banking_deg", "name", "nominal_distance_m", "landmark_ref"]
        for k in corner + ["session_id", "lap_number", "corners"] { #expect(all["corners"]!.contains("\"\(k)\""), "\(k)") }
        #expect(all["all"]!.contains("\"laps\"") && all["all"]!.contains("\"all_laps\""))
        for k in ["lap_consistency", "corner_consistency", "track_position", "speed_median_mph", "consecutive_deltas_s",
                  "has_sufficient_data", "sample_count", "min_speeds_mph"] { #expect(all["consistency"]!.contains("\"\(k)\""), "\(k)") }
        for k in ["consistency", "composite", "theoretical", "segment_gains", "clean_lap_numbers", "best_lap_number",
                  "physics_gap", "sector_size_m", "n_sectors", "lap_times_s"] { #expect(all["gains"]!.contains("\"\(k)\""), "\(k)") }
        for k in ["multi_lap", "directional", "speed_model", "convex_hull", "composite_max_g", "envelope_lat_g",
                  "envelope_lon_g", "weights", "individual_scalars", "semi_major", "aero_coefficient_k"] {
            #expect(all["grip"]!.contains("\"\(k)\""), "\(k)")
        }
        for k in ["overall_score", "grade", "is_usable", "accuracy", "satellites", "lap_distance_cv", "speed_spikes",
                  "heading_jitter", "lateral_scatter", "metric_weights"] { #expect(all["gps"]!.contains("\"\(k)\""), "\(k)") }
        for k in ["distance_m", "speed_mph", "segment_sources"] { #expect(all["ideal"]!.contains("\"\(k)\""), "\(k)") }
        for k in ["optimal_speed_mph", "max_cornering_speed_mph", "brake_points", "throttle_points", "lap_time_s",
                  "vehicle_params", "top_speed_mps", "calibrated", "equipment_profile_id\":null"] {
            #expect(all["optimal"]!.contains("\"\(k)"), "\(k)")
        }
        for k in ["segments", "lap_splits", "best_sector_times", "best_sector_laps", "composite_time_s", "is_personal_best"] {
            #expect(all["sectors"]!.contains("\"\(k)\""), "\(k)")
        }
        for k in ["n_sectors", "gps_points", "best_sector_times_s", "best_sector_laps", "lap_data", "classifications"] {
            #expect(all["mini"]!.contains("\"\(k)\""), "\(k)")
        }
        for k in ["events", "has_brake_fade", "has_tire_degradation"] { #expect(all["degradation"]!.contains("\"\(k)\""), "\(k)") }
        #expect(all["ideal"]!.contains(#"["S0-1","#) || all["ideal"]!.contains(#"["T1","#))
    }

    @Test("non-finite numbers become null")
    func nulls() throws {
        struct Probe: Encodable {
            @FiniteNumber var a: Double
            @OptionalNumber var b: Double?
            @NumberList var c: [Double]
        }
        let json = try encodedJSON(Probe(a: .nan, b: .infinity, c: [1, .nan]))
        #expect(json == #"{"a":null,"b":null,"c":[1,null]}"#)
    }

    @Test("deterministic: two facades give identical JSON")
    func deterministic() throws {
        let s = Fixture.all[2].session
        let x = try everyResponse(SessionAnalysis(session: s, sessionID: "d"))
        let y = try everyResponse(SessionAnalysis(session: s, sessionID: "d"))
        for k in x.keys {
            #expect(x[k] == y[k], "\(k)")
        }
    }
}

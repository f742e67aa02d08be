import Foundation
import TestSupport

/// Ground truth of one fixture session (the fixture's JSON beside its CSV), the parts the API tests compare against.
struct FixtureTruth: Decodable {
    struct Track: Decodable {
        struct Corner: Decodable { var number: Int; var apex_m: Double }
        var name: String
        var corners: [Corner]
    }
    struct Session: Decodable { var limit_lap_time_s: Double }
    struct Summary: Decodable { var best_lap: Int; var best_lap_time_s: Double }
    struct Lap: Decodable {
        var lap_number: Int; var lap_time_s: Double; var lap_time_gps_s: Double; var max_speed_mps: Double; var path_length_m: Double
    }

    var track: Track
    var session: Session
    var summary: Summary
    var laps: [Lap]

    init(_ stem: String) throws {
        self = try JSONDecoder().decode(FixtureTruth.self, from: Data(contentsOf: TestPaths.fixture(stem).truth))
    }

    var lapTimes: [Int: Double] { Dictionary(uniqueKeysWithValues: laps.map { ($0.lap_number, $0.lap_time_s) }) }
    var gpsLapTimes: [Int: Double] { Dictionary(uniqueKeysWithValues: laps.map { ($0.lap_number, $0.lap_time_gps_s) }) }
    var trackName: String { track.name }
    var bestLap: Int { summary.best_lap }
    var bestLapTime: Double { summary.best_lap_time_s }
    var maxSpeedMps: Double { laps.map(\.max_speed_mps).max() ?? 0 }
    /// The best lap's driven length (m).
    var bestLapLength: Double { laps.first { $0.lap_number == bestLap }?.path_length_m ?? 0 }
    /// The mean of the timed laps' true times (s).
    var meanLapTime: Double { laps.map(\.lap_time_s).reduce(0, +) / Double(max(1, laps.count)) }
}

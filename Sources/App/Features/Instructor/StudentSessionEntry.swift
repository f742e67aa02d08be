import Foundation
import TelemetryCore
import Storage

/// One entry of a student's session list: `{session_id, track_name, session_date (ISO), best_lap_time_s,
/// consistency_score, n_laps, flags}`. `session_date` is when the session started (upload time when the file
/// carries no timestamps).
struct StudentSessionEntry: Codable {
    let record: SessionRecord
    let flags: [StudentFlag]

    enum CodingKeys: String, CodingKey { case session_id, track_name, session_date, best_lap_time_s, consistency_score, n_laps, flags }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(record.sessionID, forKey: .session_id)
        try container.encode(record.trackName, forKey: .track_name)
        try container.encode(record.sessionStartedAt ?? record.createdAt, forKey: .session_date)
        try container.encode(Numerics.finite(record.bestLapTimeS), forKey: .best_lap_time_s)
        try container.encode(Numerics.finite(record.consistencyScore), forKey: .consistency_score)
        try container.encode(record.nLaps, forKey: .n_laps)
        try container.encode(flags.map(FlagEntry.init), forKey: .flags)
    }
}

extension StudentSessionEntry {
    /// Reads what `encode(to:)` writes into the record (`session_date` as both start and creation time); the fields
    /// the API does not show are empty.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let date = try container.decode(Date.self, forKey: .session_date)
        record = SessionRecord(
            sessionID: try container.decode(String.self, forKey: .session_id), ownerID: nil,
            trackName: try container.decode(String.self, forKey: .track_name), sessionDate: "", sessionStartedAt: date,
            filename: "", contentSHA256: "", nLaps: try container.decode(Int?.self, forKey: .n_laps), nCleanLaps: nil,
            bestLapTimeS: try container.decode(Double?.self, forKey: .best_lap_time_s), top3AvgTimeS: nil, avgLapTimeS: nil,
            consistencyScore: try container.decode(Double?.self, forKey: .consistency_score), snapshotJSON: nil, createdAt: date)
        flags = try container.decode([FlagEntry].self, forKey: .flags).map(\.flag)
    }
}


import Foundation
import TelemetryCore
import Storage

/// One entry of a student's session list: `{session_id, track_name, session_date (ISO), best_lap_time_s,
/// consistency_score, n_laps, flags}`. `session_date` is when the session started (upload time when the file
/// carries no timestamps).
struct StudentSessionEntry: Encodable {
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

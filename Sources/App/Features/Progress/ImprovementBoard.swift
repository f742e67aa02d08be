import Foundation
import Storage
import TelemetryCore

/// The improvement leaderboard of one track (client-extras.md §3.1 with the §3.2 recommendations): drivers ranked by
/// how fast their best lap came down over the period, the caller found by user id.
struct ImprovementBoard: Encodable, Equatable {
    struct Entry: Encodable, Equatable {
        var rank: Int
        var user_name: String
        /// Seconds per session (negative: getting faster); total change divided by the number of sessions.
        var improvement_rate_s: Double
        var n_sessions: Int
        var best_lap_first: Double
        var best_lap_latest: Double
        var total_improvement_s: Double
        var is_you: Bool
    }

    var track_name: String
    var entries: [Entry]
    @Nullable var your_rank: Int?
    @Nullable var your_percentile: Double?

    /// Ranks the drivers of `sessions` (oldest first) with at least `minSessions` each: by rounded rate ascending,
    /// ties in the order of each driver's first session.
    static func rank(_ sessions: [ImprovementSession], track: String, minSessions: Int, viewerID: String?) -> ImprovementBoard {
        var order: [String] = []
        var byDriver: [String: [ImprovementSession]] = [:]
        for session in sessions {
            if byDriver[session.userID] == nil { order.append(session.userID) }
            byDriver[session.userID, default: []].append(session)
        }
        let drivers = order.compactMap { id -> (id: String, entry: Entry)? in
            guard let driven = byDriver[id], driven.count >= minSessions, let first = driven.first, let latest = driven.last else {
                return nil
            }
            let total = latest.bestLapS - first.bestLapS
            return (id, Entry(rank: 0, user_name: first.userName, improvement_rate_s: Numerics.round(total / Double(driven.count), 4),
                              n_sessions: driven.count, best_lap_first: Numerics.round(first.bestLapS, 3),
                              best_lap_latest: Numerics.round(latest.bestLapS, 3), total_improvement_s: Numerics.round(total, 3),
                              is_you: id == viewerID))
        }
        let ranked = drivers.enumerated()
            .sorted { ($0.element.entry.improvement_rate_s, $0.offset) < ($1.element.entry.improvement_rate_s, $1.offset) }
            .enumerated().map { place, driver in
                var entry = driver.element.entry
                entry.rank = place + 1
                return entry
            }
        let yours = ranked.first(where: \.is_you)
        return ImprovementBoard(
            track_name: sessions.first?.trackName ?? track, entries: ranked, your_rank: yours?.rank,
            your_percentile: yours.map { Numerics.round(Double($0.rank - 1) / Double(ranked.count) * 100, 1) })
    }
}

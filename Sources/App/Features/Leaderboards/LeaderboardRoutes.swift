import Foundation
import Hummingbird
import Policy
import Storage

/// Corner leaderboards and corner kings (platform.md §7). Boards are public; only drivers who opted in appear, by
/// name, rank or crown. A track's board is addressed by its exact track name (kind `leaderboard`).
enum LeaderboardRoutes {
    static func routes(store: any LeaderboardStore, clock: @escaping @Sendable () -> Date) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/leaderboards/{track}/corners", on: .leaderboard, tag: "Leaderboards",
                      summary: "Best opted-in drivers at one corner (corner, limit 1-50, category)", docs: LeaderboardDocs.corners) {
                request, context, board in
                let track = board.name
                let query = try LeaderboardQuery.parse(request, context: context)
                let entries = try await store.board(track: track, corner: query.corner, category: query.category, limit: query.limit)
                return try JSONCoding.response(CornerBoard(
                    track_name: track, corner_number: query.corner, category: query.category.rawValue,
                    entries: entries.map { entry in
                        CornerBoard.Entry(rank: entry.rank, user_name: entry.userName, sector_time_s: entry.sectorTimeS,
                                          min_speed_mps: entry.minSpeedMps,
                                          session_date: entry.sessionStartedAt.map { Timestamp.iso8601($0) } ?? entry.sessionDate,
                                          is_king: entry.isKing, brake_point_m: entry.brakePointM,
                                          consistency_cv: entry.consistencyCV)
                    }))
            },
            RouteSpec(.get, "/api/leaderboards/{track}/kings", on: .leaderboard, tag: "Leaderboards",
                      summary: "The fastest opted-in driver through each corner", docs: LeaderboardDocs.kings) { _, _, board in
                let track = board.name
                let kings = try await store.kings(track: track).map {
                    CornerKings.King(corner_number: $0.cornerNumber, user_name: $0.userName, best_time_s: $0.bestTimeS)
                }
                return try JSONCoding.response(CornerKings(track_name: track, kings: kings))
            },
            RouteSpec(.post, "/api/leaderboards/opt-in", on: .account, tag: "Leaderboards",
                      summary: "Opt in to or out of the leaderboards (body: opt_in)", docs: LeaderboardDocs.optIn) { request, context, caller in
                let optIn = try await JSONBody.read(request, context: context).requiredBool("opt_in")
                try await store.setOptIn(optIn, OwnerScope(userID: caller.id), now: clock())
                return try JSONCoding.response(OptInState(opt_in: optIn))
            },
        ]
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Storage
import TestSupport
@testable import App

/// `GET /api/progress/{track}/improvement` through the router on real uploads: opt-in decides who is named, the
/// caller sees their own row, the period and the minimum number of sessions filter, bad parameters are a 422.
@Suite struct ProgressAPITests {
    struct Board: Decodable {
        struct Entry: Decodable {
            var rank: Int
            var user_name: String
            var improvement_rate_s: Double
            var n_sessions: Int
            var best_lap_first: Double
            var best_lap_latest: Double
            var total_improvement_s: Double
            var is_you: Bool
        }
        var track_name: String
        var entries: [Entry]
        var your_rank: Int?
        var your_percentile: Double?
    }

    /// Driver A's three Barber fixtures, re-dated to 30, 20 and 10 days ago in the order they were driven.
    static func seedDriverA(_ api: TestAPI) async throws -> [String] {
        var ids: [String] = []
        for (stem, daysAgo) in [(TestPaths.intermediate, 30.0), (TestPaths.novice, 20.0), (TestPaths.advanced, 10.0)] {
            let id = try await api.world.seed(stem, as: .driverA, client: api.client)
            try await api.world.app.database.execute("UPDATE sessions SET session_started_at = $1 WHERE session_id = $2",
                                                     [.date(Date().addingTimeInterval(-daysAgo * 86_400)), .text(id)])
            ids.append(id)
        }
        return ids
    }

    @Test func onlyOptedInDriversAreNamedAndTheCallerSeesTheirOwnRow() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let ids = try await Self.seedDriverA(api)
            let bests = try await withThrowingTaskGroup(of: (String, Double).self) { group in
                for id in ids {
                    group.addTask {
                        let row = try #require(try await world.app.database.first("SELECT best_lap_time_s FROM sessions WHERE session_id = $1", [.text(id)]))
                        return (id, try row.double("best_lap_time_s"))
                    }
                }
                return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            let path = "/api/progress/barber%20motorsports%20park/improvement"

            // not opted in: strangers see an empty board, the driver sees their own row
            let anonymous = try await api.send(.get, path, as: .anonymous).decode(Board.self)
            #expect(anonymous.entries.isEmpty && anonymous.your_rank == nil)
            let own = try await api.send(.get, path, as: .driverA).decode(Board.self)
            let entry = try #require(own.entries.first)
            #expect(own.track_name == "Barber Motorsports Park" && own.your_rank == 1 && own.your_percentile == 0)
            let first = try #require(bests[ids[0]]), latest = try #require(bests[ids[2]])
            #expect(entry.is_you && entry.n_sessions == 3 && entry.user_name == "Driver-A")
            #expect(abs(entry.best_lap_first - first) < 0.0005 && abs(entry.best_lap_latest - latest) < 0.0005)
            #expect(abs(entry.total_improvement_s - (latest - first)) < 0.001)
            #expect(abs(entry.improvement_rate_s - (latest - first) / 3) < 0.0001)

            // opting in through the profile puts the driver on everyone's board
            let patched = try await api.send(.patch, "/api/auth/me", as: .driverA, json: ["leaderboard_opt_in": true])
            #expect(patched.status == .ok && (patched.json as? [String: Any])?["leaderboard_opt_in"] as? Bool == true)
            let publicBoard = try await api.send(.get, path, as: .driverB).decode(Board.self)
            #expect(publicBoard.entries.map(\.user_name) == ["Driver-A"] && !publicBoard.entries[0].is_you && publicBoard.your_rank == nil)

            // the period and the minimum number of sessions filter
            #expect(try await api.send(.get, path + "?days=15", as: .driverB).decode(Board.self).entries.isEmpty)
            #expect(try await api.send(.get, path + "?days=25&min_sessions=2", as: .driverB).decode(Board.self).entries.first?.n_sessions == 2)
        }
    }

    @Test(arguments: ["days=6", "days=366", "days=x", "min_sessions=1", "min_sessions=11"])
    func outOfRangeParametersAre422(query: String) async throws {
        try await withTestApp { client, world in
            let response = try await TestAPI(client: client, world: world)
                .send(.get, "/api/progress/Barber%20Motorsports%20Park/improvement?\(query)", as: .anonymous)
            #expect(response.status == .unprocessableContent)
        }
    }
}

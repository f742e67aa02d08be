import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import App
import TelemetryCore
import TestSupport

/// Corner leaderboards (platform.md §7): records after each upload, kings, opt-in, validation.
@Suite struct LeaderboardAPITests {
    static let track = "Barber%20Motorsports%20Park"
    static let novice = TestPaths.novice
    static let advanced = TestPaths.advanced

    func optIn(_ persona: TestWorld.Persona, _ flag: Bool, client: any TestClientProtocol, world: TestWorld) async throws -> TestResponse {
        try await client.execute(uri: "/api/leaderboards/opt-in", method: .post,
                                 headers: world.headers(persona, [.contentType: "application/json"]),
                                 body: ByteBuffer(string: #"{"opt_in": \#(flag)}"#))
    }

    func board(_ query: String, client: any TestClientProtocol) async throws -> (TestResponse, [CornerBoard.Entry]) {
        let response = try await client.execute(uri: "/api/leaderboards/\(Self.track)/corners?\(query)", method: .get)
        return (response, response.status == .ok ? try response.decode(CornerBoard.self).entries : [])
    }

    func kings(client: any TestClientProtocol) async throws -> [CornerKings.King] {
        let response = try await client.execute(uri: "/api/leaderboards/\(Self.track)/kings", method: .get)
        return try response.decode(CornerKings.self).kings
    }

    /// Weak point 17: nothing wrote corner records or kings.
    @Test func uploadWritesBestLapCornerRecordsAndKings() async throws {
        try await withTestApp { client, world in
            // given
            #expect(try await optIn(.driverA, true, client: client, world: world).status == .ok)
            // when
            let session = try await world.seed(Self.advanced, as: .driverA, client: client)
            // then
            let records = try await world.app.database.query(
                "SELECT corner_number, lap_number, sector_time_s, min_speed_mps FROM corner_records WHERE session_id = $1 ORDER BY corner_number",
                [.text(session)])
            let corners = try await client.execute(uri: "/api/sessions/\(session)/corners", method: .get, headers: world.headers(.driverA))
            let detected = try corners.decode(CornersResponse.self).corners
            #expect(records.count == detected.count && records.count >= 10)
            let truth = try FixtureTruth(Self.advanced)
            let bestLap = truth.bestLap
            for row in records {
                #expect(try row.int("lap_number") == Int64(bestLap))
                #expect(try row.double("sector_time_s") > 0.5 && row.double("sector_time_s") < 30)
            }
            let kings = try await kings(client: client)
            #expect(kings.count == records.count)
            #expect(kings.allSatisfy { $0.user_name == "Driver-A" })
            let (response, entries) = try await board("corner=1", client: client)
            #expect(response.status == .ok)
            #expect(entries.count == 1 && entries[0].rank == 1 && entries[0].is_king == true)
        }
    }

    /// Weak point 15: leaderboards showed everyone by name without an opt-in.
    @Test func optedOutUserIsNeverShownOnABoard() async throws {
        try await withTestApp { client, world in
            // given: B is faster (advanced) but has not opted in; A (novice) has
            _ = try await optIn(.driverA, true, client: client, world: world)
            _ = try await world.seed(Self.novice, as: .driverA, client: client)
            _ = try await world.seed(Self.advanced, as: .driverB, client: client)
            // when
            let (_, entries) = try await board("corner=2&limit=50", client: client)
            let crowned = try await kings(client: client)
            // then
            #expect(entries.map(\.user_name) == ["Driver-A"])
            #expect(crowned.allSatisfy { $0.user_name == "Driver-A" })
            let everything = try await client.execute(uri: "/api/leaderboards/\(Self.track)/corners?corner=2", method: .get)
            #expect(!everything.text.contains("Driver-B") && !everything.text.contains("driver-b@"))
            // when B opts in, B takes the board and the crowns B is faster at; opting out again removes B
            _ = try await optIn(.driverB, true, client: client, world: world)
            let (_, both) = try await board("corner=2", client: client)
            #expect(both.count == 2 && both[0].user_name == "Driver-B")
            let times = both.map(\.sector_time_s)
            #expect(times == times.sorted())
            #expect(try await kings(client: client).contains { $0.user_name == "Driver-B" })
            _ = try await optIn(.driverB, false, client: client, world: world)
            #expect(try await board("corner=2", client: client).1.map(\.user_name) == ["Driver-A"])
            #expect(try await kings(client: client).allSatisfy { $0.user_name == "Driver-A" })
        }
    }

    /// Driver A (novice) and driver B (advanced) are both on the boards.
    func bothOnTheBoards(_ client: any TestClientProtocol, _ world: TestWorld) async throws {
        for persona in [TestWorld.Persona.driverA, .driverB] { _ = try await optIn(persona, true, client: client, world: world) }
        _ = try await world.seed(Self.novice, as: .driverA, client: client)
        _ = try await world.seed(Self.advanced, as: .driverB, client: client)
    }

    @Test func minimumSpeedRanksFastestFirst() async throws {
        try await withTestApp { client, world in
            try await bothOnTheBoards(client, world)
            let (_, speed) = try await board("corner=3&category=min_speed", client: client)
            let speeds = speed.map(\.min_speed_mps)
            #expect(speeds.count == 2 && speeds == speeds.sorted(by: >))
        }
    }

    @Test func limitCutsTheBoard() async throws {
        try await withTestApp { client, world in
            try await bothOnTheBoards(client, world)
            let (_, limited) = try await board("corner=3&limit=1", client: client)
            #expect(limited.count == 1)
        }
    }

    @Test func consistencyRanksSteadiestFirst() async throws {
        try await withTestApp { client, world in
            try await bothOnTheBoards(client, world)
            let (_, consistency) = try await board("corner=3&category=consistency", client: client)
            let cvs = consistency.compactMap(\.consistency_cv)
            #expect(cvs == cvs.sorted() && cvs.allSatisfy { $0 >= 0 && $0 < 0.5 })
        }
    }

    @Test func deletingTheKingsSessionHandsTheCrownOn() async throws {
        try await withTestApp { client, world in
            for persona in [TestWorld.Persona.driverA, .driverB] { _ = try await optIn(persona, true, client: client, world: world) }
            _ = try await world.seed(Self.novice, as: .driverA, client: client)
            let fast = try await world.seed(Self.advanced, as: .driverB, client: client)
            #expect(try await kings(client: client).contains { $0.user_name == "Driver-B" })
            let deleted = try await client.execute(uri: "/api/sessions/\(fast)", method: .delete, headers: world.headers(.driverB))
            #expect(deleted.status == .ok)
            let after = try await kings(client: client)
            #expect(!after.isEmpty && after.allSatisfy { $0.user_name == "Driver-A" })
        }
    }

    @Test(arguments: [("", "corner"), ("corner=0", "corner"), ("corner=x", "corner"), ("corner=1&limit=0", "limit"),
                      ("corner=1&limit=51", "limit"), ("corner=1&category=fastest", "category")])
    func badQueryValuesAre422NamingTheParameter(_ query: String, _ parameter: String) async throws {
        try await withTestApp { client, _ in
            let (response, _) = try await board(query, client: client)
            #expect(response.status == .unprocessableContent)
            #expect(response.issues?.first?.loc == ["query", parameter])
        }
    }

    @Test func optInNeedsABoolean() async throws {
        try await withTestApp { client, world in
            let body = try await client.execute(uri: "/api/leaderboards/opt-in", method: .post,
                                                headers: world.headers(.driverA, [.contentType: "application/json"]),
                                                body: ByteBuffer(string: #"{"opt_in": "yes"}"#))
            #expect(body.status == .unprocessableContent)
        }
    }

    @Test func optInNeedsAUser() async throws {
        try await withTestApp { client, _ in
            let anonymous = try await client.execute(uri: "/api/leaderboards/opt-in", method: .post,
                                                     body: ByteBuffer(string: #"{"opt_in": true}"#))
            #expect(anonymous.status == .unauthorized)
        }
    }
}

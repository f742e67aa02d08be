import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import TelemetryCore
import TestSupport

/// The analysis endpoints through the real router: shapes, invariants against ground truth, isolation, tags.
@Suite struct AnalysisAPITests {
    static let stem = "barber_2026-02-15_intermediate"

    func get(_ client: any TestClientProtocol, _ world: TestWorld, _ uri: String, as persona: TestWorld.Persona = .driverA)
        async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: world.headers(persona))
    }

    @Test func everyEndpointAnswersWithoutNonFiniteNumbers() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            for suffix in ["corners", "corners/all-laps", "consistency", "delta?ref=7&comp=3", "gains", "grip", "gps-quality",
                           "ideal-lap", "optimal-profile", "charts/linked?laps=3&laps=7", "sectors", "mini-sectors?n_sectors=20",
                           "degradation", "compare/\(id)"] {
                let response = try await get(client, world, "/api/sessions/\(id)/\(suffix)")
                #expect(response.status == .ok, "\(suffix): \(response.text.prefix(200))")
                #expect(!response.text.contains("NaN") && !response.text.contains("Infinity"), "\(suffix)")
            }
        }
    }

    @Test func cornersFindTheTracksCorners() async throws {
        try await withTestApp { client, world in
            let truth = try FixtureTruth(Self.stem)
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let response = try await get(client, world, "/api/sessions/\(id)/corners")
            let json = try #require(response.json as? [String: Any])
            let corners = try #require(json["corners"] as? [[String: Any]])
            let truthCorners = truth.track.corners
            #expect(json["lap_number"] as? Int == truth.bestLap)
            #expect(abs(corners.count - truthCorners.count) <= 1, "found \(corners.count) of \(truthCorners.count)")
            for corner in corners {
                #expect(corner["min_speed_mph"] is Double && corner["direction"] is String)
            }
        }
    }

    @Test func deltaTotalEqualsLapTimeDifference() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let laps = try await get(client, world, "/api/sessions/\(id)/laps").decode([LapSummary].self)
            let time = Dictionary(uniqueKeysWithValues: laps.map { ($0.lapNumber, $0.lapTimeS) })
            let response = try await get(client, world, "/api/sessions/\(id)/delta?ref=7&comp=3")
            let json = try #require(response.json as? [String: Any])
            let total = try #require((json["total_delta_s"] as? Double) ?? ((json["data"] as? [String: Any])?["total_delta_s"] as? Double))
            #expect(abs(total - (time[3]! - time[7]!)) <= 0.05)
        }
    }

    @Test func miniSectorsSumToTheLapAndIdealIsNotSlowerThanBest() async throws {
        try await withTestApp { client, world in
            let truth = try FixtureTruth(Self.stem)
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let ideal = try #require(try await get(client, world, "/api/sessions/\(id)/ideal-lap").json as? [String: Any])
            let best = truth.bestLapTime
            #expect((ideal["distance_m"] as? [Double])?.count == (ideal["speed_mph"] as? [Double])?.count)
            #expect(((ideal["segment_sources"] as? [Any])?.count ?? 0) > 0)
            let gains = try #require(try await get(client, world, "/api/sessions/\(id)/gains").json as? [String: Any])
            let composite = try #require(((gains["data"] as? [String: Any])?["composite"] as? [String: Any])?["composite_time_s"] as? Double)
            #expect(composite <= best + 0.05, "composite \(composite) vs best \(best)")
            let minis = try #require(try await get(client, world, "/api/sessions/\(id)/mini-sectors?n_sectors=20&lap=7").json as? [String: Any])
            let lapData = minis["lap_data"]
            #expect(lapData != nil)
            let optimal = try #require(try await get(client, world, "/api/sessions/\(id)/optimal-profile").json as? [String: Any])
            let optimalTime = try #require(optimal["lap_time_s"] as? Double ?? optimal["optimal_lap_time_s"] as? Double)
            let limit = truth.session.limit_lap_time_s
            #expect(limit <= optimalTime && optimalTime <= best, "limit \(limit) ≤ optimal \(optimalTime) ≤ best \(best)")
        }
    }

    @Test func validationAndMissingLaps() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let missing = try await get(client, world, "/api/sessions/\(id)/delta?ref=3")
            #expect(missing.status == .unprocessableContent)
            let issues = try #require((missing.json as? [String: Any])?["detail"] as? [[String: Any]])
            #expect(issues.first?["type"] as? String == "missing" && issues.first?["loc"] as? [String] == ["query", "comp"])
            let notInt = try await get(client, world, "/api/sessions/\(id)/delta?ref=x&comp=3")
            #expect(notInt.status == .unprocessableContent)
            let tooFew = try await get(client, world, "/api/sessions/\(id)/mini-sectors?n_sectors=2")
            #expect(tooFew.status == .unprocessableContent)
            let tooMany = try await get(client, world, "/api/sessions/\(id)/mini-sectors?n_sectors=101")
            #expect(tooMany.status == .unprocessableContent)
            let unknownLap = try await get(client, world, "/api/sessions/\(id)/delta?ref=42&comp=3")
            #expect(unknownLap.status == .notFound)
        }
    }

    @Test func anotherUserGets404OnEveryAnalysis() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let mine = try await world.seed(Self.stem, as: .driverB, client: client)
            for suffix in ["corners", "consistency", "gains", "optimal-profile", "sectors", "compare/\(mine)"] {
                let response = try await get(client, world, "/api/sessions/\(id)/\(suffix)", as: .driverB)
                #expect(response.status == .notFound, "\(suffix)")
            }
            // and B cannot pull A's session in as the other side of a comparison
            let sneaky = try await get(client, world, "/api/sessions/\(mine)/compare/\(id)", as: .driverB)
            #expect(sneaky.status == .notFound)
            #expect(sneaky.detail == "Session \(id) not found")
        }
    }

    @Test func taggingLapsRecomputesTheResults() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let before = try await get(client, world, "/api/sessions/\(id)/corners/all-laps").json as? [String: Any]
            let beforeLaps = ((before?["laps"] as? [String: Any])?.keys).map(Set.init) ?? []
            #expect(beforeLaps.contains("3"))
            _ = try await client.execute(uri: "/api/sessions/\(id)/laps/3/tags", method: .put,
                                         headers: world.headers(.driverA, [.contentType: "application/json"]),
                                         body: ByteBuffer(string: #"["traffic"]"#))
            let after = try await get(client, world, "/api/sessions/\(id)/corners/all-laps").json as? [String: Any]
            let afterLaps = ((after?["laps"] as? [String: Any])?.keys).map(Set.init) ?? []
            #expect(!afterLaps.contains("3"))
            #expect(afterLaps == beforeLaps.subtracting(["3"]))
        }
    }

    @Test func trendsUseOnlyTheCallersSessions() async throws {
        try await withTestApp { client, world in
            for stem in TestPaths.fixtureStems { _ = try await world.seed(stem, as: .driverA, client: client) }
            _ = try await world.seed(Self.stem, as: .driverB, client: client)
            let mine = try await get(client, world, "/api/trends/barber_motorsports_park?include_low_quality=true")
            #expect(mine.status == .ok)
            let data = try #require((mine.json as? [String: Any])?["data"] as? [String: Any])
            #expect(data["n_sessions"] as? Int == 3)
            let theirs = try await get(client, world, "/api/trends/barber_motorsports_park", as: .driverB)
            #expect(theirs.status == .unprocessableContent)
            let milestones = try await get(client, world, "/api/trends/barber_motorsports_park/milestones")
            #expect(milestones.status == .ok)
            let spelled = try await get(client, world, "/api/trends/Barber%20Motorsports%20Park?include_low_quality=true")
            #expect(((spelled.json as? [String: Any])?["data"] as? [String: Any])?["n_sessions"] as? Int == 3,
                    "path parameters are percent-decoded once for every route")
        }
    }
}

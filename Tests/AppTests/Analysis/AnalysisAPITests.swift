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
    static let stem = TestPaths.intermediate

    func get(_ client: any TestClientProtocol, _ world: TestWorld, _ uri: String, as persona: TestWorld.Persona = .driverA)
        async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: world.headers(persona))
    }

    /// One session, every analysis endpoint: all answer, none writes NaN or Infinity.
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
            let response = try await get(client, world, "/api/sessions/\(id)/corners").decode(CornersResponse.self)
            let corners = response.corners
            #expect(response.lapNumber == truth.bestLap)
            #expect(abs(corners.count - truth.track.corners.count) <= 1, "found \(corners.count) of \(truth.track.corners.count)")
            for corner in corners {
                #expect(corner.minSpeedMps.isFinite && corner.direction != nil)
            }
        }
    }

    @Test func deltaTotalEqualsLapTimeDifference() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let laps = try await get(client, world, "/api/sessions/\(id)/laps").decode([LapSummary].self)
            let time = Dictionary(uniqueKeysWithValues: laps.map { ($0.lapNumber, $0.lapTimeS) })
            let delta = try await get(client, world, "/api/sessions/\(id)/delta?ref=7&comp=3").decode(DeltaResponse.self)
            #expect(abs(delta.totalDeltaS - (time[3]! - time[7]!)) <= 0.05)
        }
    }

    @Test func idealLapHasOneSpeedPerDistanceAndItsSources() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let ideal = try await get(client, world, "/api/sessions/\(id)/ideal-lap").decode(IdealLapResponse.self)
            #expect(ideal.distanceM.count == ideal.speedMph.count)
            #expect(!ideal.segmentSources.isEmpty)
        }
    }

    @Test func compositeLapIsNotSlowerThanTheBest() async throws {
        try await withTestApp { client, world in
            let best = try FixtureTruth(Self.stem).bestLapTime
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let composite = try await get(client, world, "/api/sessions/\(id)/gains").decode(GainsResponse.self).data.composite.compositeTimeS
            #expect(composite <= best + 0.05, "composite \(composite) vs best \(best)")
        }
    }

    @Test func miniSectorsShowTheAskedLap() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let minis = try await get(client, world, "/api/sessions/\(id)/mini-sectors?n_sectors=20&lap=7").decode(MiniSectorsResponse.self)
            #expect(minis.lapData.keys.allSatisfy { $0 == "7" }, "lap=7 restricts lap_data to lap 7")
        }
    }

    @Test func optimalLapLiesBetweenTheLimitAndTheBest() async throws {
        try await withTestApp { client, world in
            let truth = try FixtureTruth(Self.stem)
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let optimal = try await get(client, world, "/api/sessions/\(id)/optimal-profile").decode(OptimalProfileResponse.self)
            let limit = truth.session.limit_lap_time_s
            let best = truth.bestLapTime
            #expect(limit <= optimal.lapTimeS && optimal.lapTimeS <= best, "limit \(limit) ≤ optimal \(optimal.lapTimeS) ≤ best \(best)")
        }
    }

    @Test func aMissingQueryParameterIs422NamingIt() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let missing = try await get(client, world, "/api/sessions/\(id)/delta?ref=3")
            #expect(missing.status == .unprocessableContent)
            let issue = try #require(missing.issues?.first)
            #expect(issue.type == "missing" && issue.loc == ["query", "comp"])
        }
    }

    @Test(arguments: [("delta?ref=x&comp=3", HTTPResponse.Status.unprocessableContent), ("mini-sectors?n_sectors=2", .unprocessableContent),
                      ("mini-sectors?n_sectors=101", .unprocessableContent), ("delta?ref=42&comp=3", .notFound)])
    func badQueriesAndMissingLapsAreRefused(_ suffix: String, _ status: HTTPResponse.Status) async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            #expect(try await get(client, world, "/api/sessions/\(id)/\(suffix)").status == status)
        }
    }

    /// Another user's session is not found by any analysis route, nor as the first side of a comparison with their own.
    @Test func anotherUserGets404OnEveryAnalysis() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let mine = try await world.seed(Self.stem, as: .driverB, client: client)
            for suffix in ["corners", "consistency", "gains", "optimal-profile", "sectors", "compare/\(mine)"] {
                let response = try await get(client, world, "/api/sessions/\(id)/\(suffix)", as: .driverB)
                #expect(response.status == .notFound, "\(suffix)")
            }
        }
    }

    @Test func anotherUsersSessionCannotBeTheOtherSideOfAComparison() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let mine = try await world.seed(Self.stem, as: .driverB, client: client)
            let sneaky = try await get(client, world, "/api/sessions/\(mine)/compare/\(id)", as: .driverB)
            #expect(sneaky.status == .notFound)
            #expect(sneaky.detail == "Session \(id) not found")
        }
    }

    @Test func taggingLapsRecomputesTheResults() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let before = Set(try await get(client, world, "/api/sessions/\(id)/corners/all-laps").decode(AllLapCornersResponse.self).laps.keys)
            #expect(before.contains(3))
            _ = try await client.execute(uri: "/api/sessions/\(id)/laps/3/tags", method: .put,
                                         headers: world.headers(.driverA, [.contentType: "application/json"]),
                                         body: ByteBuffer(string: #"["traffic"]"#))
            let after = Set(try await get(client, world, "/api/sessions/\(id)/corners/all-laps").decode(AllLapCornersResponse.self).laps.keys)
            #expect(!after.contains(3))
            #expect(after == before.subtracting([3]))
        }
    }

    /// Driver A has the three fixtures, driver B one of them.
    static func trendsWorld(_ client: any TestClientProtocol, _ world: TestWorld) async throws {
        for stem in TestPaths.fixtureStems { _ = try await world.seed(stem, as: .driverA, client: client) }
        _ = try await world.seed(Self.stem, as: .driverB, client: client)
    }

    /// The folder name and the percent-encoded track name are the same track: path parameters are percent-decoded once.
    @Test(arguments: ["barber_motorsports_park", "Barber%20Motorsports%20Park"])
    func trendsUseOnlyTheCallersSessions(_ track: String) async throws {
        try await withTestApp { client, world in
            try await Self.trendsWorld(client, world)
            let mine = try await get(client, world, "/api/trends/\(track)?include_low_quality=true")
            #expect(mine.status == .ok)
            #expect(try mine.decode(TrendsResponse.self).data.nSessions == 3)
        }
    }

    @Test func trendsNeedTwoSessions() async throws {
        try await withTestApp { client, world in
            _ = try await world.seed(Self.stem, as: .driverB, client: client)
            #expect(try await get(client, world, "/api/trends/barber_motorsports_park", as: .driverB).status == .unprocessableContent)
        }
    }

    @Test func milestonesAnswer() async throws {
        try await withTestApp { client, world in
            try await Self.trendsWorld(client, world)
            let milestones = try await get(client, world, "/api/trends/barber_motorsports_park/milestones")
            #expect(milestones.status == .ok)
            #expect(try milestones.decode(MilestonesResponse.self).trackName.isEmpty == false)
        }
    }
}

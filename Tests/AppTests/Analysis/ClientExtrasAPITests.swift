@testable import App
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import JSONValues
import Testing
import TelemetryCore
import TestSupport

/// The client-extras analyses (client-extras.md §5–§8, §9.2) through the real router: who may read them, the keys the
/// spec documents, the declared schemas, query validation and the equipment the comparison names.
@Suite struct ClientExtrasAPITests {
    static let stem = TestPaths.intermediate

    /// Route suffix and the top-level keys of the spec's JSON example.
    static let routes: [(String, Set<String>)] = [
        ("gg-diagram", ["session_id", "lap_number", "points", "overall_utilization_pct", "observed_max_g", "per_corner"]),
        ("track-guide", ["track_name", "length_m", "elevation_range_m", "country", "n_corners", "corners", "key_corners",
                         "peculiarities", "landmarks", "source"]),
        ("line-analysis", ["session_id", "available", "corner_profiles", "distance_m", "traces", "reference_e", "reference_n",
                           "n_laps_used", "lap_traces"]),
        ("speed-sensitivity", ["session_id", "corners", "vehicle_params"]),
        ("optimal-comparison", ["session_id", "corner_opportunities", "actual_lap_time_s", "optimal_lap_time_s", "total_gap_s",
                                "is_valid", "invalid_reasons", "equipment_profile_id"]),
    ]

    func get(_ client: any TestClientProtocol, _ world: TestWorld, _ uri: String, as persona: TestWorld.Persona = .driverA)
        async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: world.headers(persona))
    }

    @Test func theOwnerGetsTheDocumentedKeysAndSchemas() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            for (suffix, keys) in Self.routes {
                let response = try await get(client, world, "/api/sessions/\(id)/\(suffix)")
                #expect(response.status == .ok, "\(suffix): \(response.text.prefix(200))")
                #expect(!response.text.contains("NaN") && !response.text.contains("Infinity"), "\(suffix)")
                let object = try #require(response.json as? [String: Any], "\(suffix)")
                #expect(Set(object.keys) == keys, "\(suffix): \(object.keys.sorted())")
                let spec = try #require(world.app.routes.specs.first { $0.key == "GET /api/sessions/{session_id}/\(suffix)" })
                guard case .json(let schema) = try #require(spec.docs).response else { Issue.record("\(suffix) not JSON"); continue }
                let value = try JSONCoding.decoder.decode(JSONValue.self, from: Data(response.body.readableBytesView))
                #expect(SchemaValidator().problems(value, schema).isEmpty, "\(suffix): \(SchemaValidator().problems(value, schema).prefix(3))")
            }
        }
    }

    /// A stranger learns nothing (404, as for a session that does not exist); without credentials the platform asks
    /// for them first (401, as on every session route in the route matrix).
    @Test func strangersGet404AndAnonymousCallers401() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            _ = try await world.seed(Self.stem, as: .driverB, client: client)
            for (suffix, _) in Self.routes {
                let stranger = try await get(client, world, "/api/sessions/\(id)/\(suffix)", as: .driverB)
                #expect(stranger.status == .notFound, "\(suffix)")
                #expect(stranger.detail == "Session \(id) not found", "\(suffix)")
                let anonymous = try await get(client, world, "/api/sessions/\(id)/\(suffix)", as: .anonymous)
                #expect(anonymous.status == .unauthorized, "\(suffix)")
            }
        }
    }

    @Test(arguments: ["corner=0", "corner=x", "corner=201", "corner=1.5"])
    func aCornerOutsideOneTo200Is422(_ query: String) async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let response = try await get(client, world, "/api/sessions/\(id)/gg-diagram?\(query)")
            #expect(response.status == .unprocessableContent)
            #expect(response.issues?.first?.loc == ["query", "corner"])
        }
    }

    @Test(arguments: ["laps=x", "laps=1.5", "step=0", "step=51", "step=x",
                      (1...21).map { "laps=\($0)" }.joined(separator: "&")])
    func aBadLineAnalysisQueryIs422(_ query: String) async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let response = try await get(client, world, "/api/sessions/\(id)/line-analysis?\(query)")
            #expect(response.status == .unprocessableContent, "\(query)")
            #expect(response.issues?.first?.loc.prefix(2) == ["query", query.hasPrefix("laps") ? "laps" : "step"], "\(query)")
        }
    }

    @Test func lineAnalysisHonoursLapsAndStep() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let full = try #require(try await get(client, world, "/api/sessions/\(id)/line-analysis").json as? [String: Any])
            #expect(full["available"] as? Bool == true)
            let traces = try #require(full["traces"] as? [[String: Any]])
            let laps = traces.compactMap { $0["lap_number"] as? Int }
            #expect((1...5).contains(laps.count))
            let one = try #require(try await get(client, world, "/api/sessions/\(id)/line-analysis?laps=\(laps[0])&laps=999&step=10")
                .json as? [String: Any])
            let oneTraces = try #require(one["traces"] as? [[String: Any]])
            #expect(oneTraces.compactMap { $0["lap_number"] as? Int } == [laps[0]])
            let distance = try #require(one["distance_m"] as? [Any]), fullDistance = try #require(full["distance_m"] as? [Any])
            #expect(distance.count > 0 && abs(distance.count - fullDistance.count / 10) <= 5, "\(distance.count) of \(fullDistance.count)")
        }
    }

    @Test func theCornerFilterKeepsOnlyThatCorner() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let all = try await get(client, world, "/api/sessions/\(id)/gg-diagram").decode(GGDiagramResponse.self)
            let corners = try await get(client, world, "/api/sessions/\(id)/corners").decode(CornersResponse.self).corners
            #expect(all.perCorner.count == corners.count)
            let number = try #require(corners.first?.number)
            let one = try await get(client, world, "/api/sessions/\(id)/gg-diagram?corner=\(number)").decode(GGDiagramResponse.self)
            #expect(!one.points.isEmpty && one.points.allSatisfy { $0.cornerNumber == number })
            #expect(one.perCorner.isEmpty)
        }
    }

    /// The comparison is never kept by a browser (the equipment can change under the same URL), and it names the
    /// equipment the optimal profile used: none, then the profile assigned, recomputed without a stale cached answer.
    @Test func theComparisonNamesTheEquipmentItUsed() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let uri = "/api/sessions/\(id)/optimal-comparison"
            let before = try await get(client, world, uri)
            #expect(before.headers[.cacheControl] == "private, no-cache")
            let estimated = try before.decode(OptimalComparisonResponse.self)
            #expect(estimated.equipmentProfileID == nil)
            let profile = try await api.equipmentProfile(as: .driverA)
            try await api.assignEquipment(profile, to: id, as: .driverA)
            let other = try await get(client, world, uri + "?_eq=someone-elses-profile").decode(OptimalComparisonResponse.self)
            #expect(other.equipmentProfileID == profile, "the query never selects a profile")
            let optimal = try await get(client, world, "/api/sessions/\(id)/optimal-profile").decode(OptimalProfileResponse.self)
            #expect(other.optimalLapTimeS == Numerics.round(optimal.lapTimeS, 3))
        }
    }
}

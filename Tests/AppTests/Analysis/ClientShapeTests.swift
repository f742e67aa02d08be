import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TestSupport
@testable import App

/// The shapes the web client declares where the original answered less (issue #17 item 7): per-corner minimum speeds
/// in `delta`, `[segment, lap, time_s]` in `ideal-lap`, `status` beside `message` in delete answers and
/// `skill_dimensions` in a comparison once both sessions have a coaching report. Each checked against the session's
/// own data, not against constants.
@Suite struct ClientShapeTests {
    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(response.json as? [String: Any], "\(response.text.prefix(200))")
    }

    /// The lowest speed (mph) the lap data shows between two distances.
    static func minSpeed(_ data: [String: Any], from entry: Double, to exit: Double) throws -> Double {
        let distance = try #require(data["distance_m"] as? [Double]), speed = try #require(data["speed_mph"] as? [Double])
        return zip(distance, speed).filter { $0.0 >= entry && $0.0 <= exit }.map(\.1).min() ?? .nan
    }

    @Test func deltaCornersCarryEachLapsMinimumSpeedFromItsOwnData() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let id = try await world.seed(TestPaths.intermediate, as: .driverA, client: client)
            let corners = try #require(try Self.object(try await api.send(.get, "/api/sessions/\(id)/corners", as: .driverA))["corners"]
                as? [[String: Any]])
            var data: [Int: [String: Any]] = [:]
            for lap in [3, 7] { data[lap] = try Self.object(try await api.send(.get, "/api/sessions/\(id)/laps/\(lap)/data", as: .driverA)) }
            // the comparison lap's distance is scaled to the reference's length: no point moves further than the lengths differ
            let lengths = try [3, 7].map { try #require((data[$0]?["distance_m"] as? [Double])?.last) }
            let shift = abs(lengths[0] - lengths[1]) + 0.7
            for (ref, comp) in [(7, 3), (3, 7)] {
                let delta = try Self.object(try await api.send(.get, "/api/sessions/\(id)/delta?ref=\(ref)&comp=\(comp)", as: .driverA))
                let entries = try #require(delta["corner_deltas"] as? [[String: Any]])
                #expect(entries.count == corners.count)
                for entry in entries {
                    let number = try #require(entry["corner_number"] as? Int)
                    let corner = try #require(corners.first { $0["number"] as? Int == number })
                    let from = try #require(corner["entry_distance_m"] as? Double), to = try #require(corner["exit_distance_m"] as? Double)
                    let refMin = try #require(entry["ref_min_speed_mph"] as? Double), compMin = try #require(entry["comp_min_speed_mph"] as? Double)
                    let own = try Self.minSpeed(try #require(data[ref]), from: from, to: to)
                    #expect(abs(refMin - own) <= 0.01, "T\(number) lap \(ref): \(refMin) vs \(own) in its data")
                    let other = try #require(data[comp])
                    let lowest = try Self.minSpeed(other, from: from - shift, to: to + shift)
                    let highest = try Self.minSpeed(other, from: from + shift, to: to - shift)
                    #expect(compMin >= lowest - 0.01 && compMin <= highest + 0.01, "T\(number) lap \(comp): \(compMin) not in [\(lowest), \(highest)]")
                }
            }
        }
    }

    @Test func idealLapSourcesAreTriplesWhoseTimesAddUpToTheCompositeLap() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let id = try await world.seed(TestPaths.intermediate, as: .driverA, client: client)
            let ideal = try Self.object(try await api.send(.get, "/api/sessions/\(id)/ideal-lap", as: .driverA))
            let sources = try #require(ideal["segment_sources"] as? [[Any]])
            #expect(!sources.isEmpty && sources.allSatisfy { $0.count == 3 && $0[0] is String && $0[1] is Int && $0[2] is Double })
            let total = sources.compactMap { $0[2] as? Double }.reduce(0, +)
            let gains = try Self.object(try await api.send(.get, "/api/sessions/\(id)/gains", as: .driverA))
            let composite = try #require(((gains["data"] as? [String: Any])?["composite"] as? [String: Any])?["composite_time_s"] as? Double)
            #expect(abs(total - composite) <= 0.0005 * Double(sources.count) + 0.0001, "Σ \(total) vs composite \(composite)")
        }
    }

    @Test func deletesAnswerAStatusBesideTheMessage() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let id = try await world.seed(TestPaths.intermediate, as: .driverA, client: client)
            let one = try Self.object(try await api.send(.delete, "/api/sessions/\(id)", as: .driverA))
            #expect(one["status"] as? String == "deleted" && one["message"] as? String == "Session \(id) deleted")
            let all = try Self.object(try await api.send(.delete, "/api/sessions/all/clear", as: .driverA))
            #expect(all["status"] as? String == "deleted" && all["message"] as? String == "Deleted 0 session(s)")
        }
    }

    @Test func aComparisonShowsSkillDimensionsOnceBothSessionsHaveReports() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let a = try await world.seed(TestPaths.intermediate, as: .driverA, client: client)
            let b = try await world.seed(TestPaths.advanced, as: .driverA, client: client)
            for id in [a, b] {
                let report = try Self.object(try await api.coachingReport(id, as: .driverA))
                #expect(report["status"] as? String == "ready")
            }
            let comparison = try Self.object(try await api.send(.get, "/api/sessions/\(a)/compare/\(b)", as: .driverA))
            let skills = try #require(comparison["skill_dimensions"] as? [String: [String: Double]], "\(comparison["skill_dimensions"] ?? "nil")")
            for side in ["a", "b"] {
                let scores = try #require(skills[side])
                #expect(Set(scores.keys) == ["braking", "trail_braking", "throttle", "line"])
                #expect(scores.values.allSatisfy { (20...100).contains($0) })
            }
        }
    }
}

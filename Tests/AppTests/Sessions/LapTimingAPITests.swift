import Foundation
import Testing
import JSONValues
import TestSupport
@testable import App

/// A file logged without lap numbers (issue #16 item 4): timed at an automatic gate on a fresh database, and at the
/// gate learned from any lap-numbered upload at the same place; the session says which, and keeps its laps when its
/// telemetry is rebuilt.
@Suite struct LapTimingAPITests {
    struct Truth: Decodable {
        struct Lap: Decodable { let lap_number: Int; let lap_time_gps_s: Double }
        let laps: [Lap]
    }
    struct Lap: Decodable { let lap_number: Int; let lap_time_s: Double }

    static func truthLapTimes() throws -> [Double] {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: TestPaths.fixture(TestPaths.charlieWithoutLapNumbers).truth))
            .laps.sorted { $0.lap_number < $1.lap_number }.map(\.lap_time_gps_s)
    }

    static func lapTiming(_ api: TestAPI, _ id: String) async throws -> String? {
        try await api.session(id, as: .driverA).decode([String: JSONValue].self)["lap_timing"]?.string
    }

    static func lapTimes(_ api: TestAPI, _ id: String) async throws -> [Double] {
        try await api.send(.get, "/api/sessions/\(id)/laps", as: .driverA).decode([Lap].self)
            .sorted { $0.lap_number < $1.lap_number }.map(\.lap_time_s)
    }

    @Test func onAFreshDatabaseTheLapsAreTimedAtAnAutomaticGate() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let id = try await world.seed(TestPaths.charlieWithoutLapNumbers, as: .driverA, client: client)
            #expect(try await Self.lapTiming(api, id) == "auto_gate")
            let ours = try await Self.lapTimes(api, id)
            let truth = try Self.truthLapTimes()
            try #require(ours.count == truth.count)
            // the automatic gate sits elsewhere on the lap: every lap shifts, the total and the order do not
            #expect(abs(ours.reduce(0, +) - truth.reduce(0, +)) <= 0.05)
            #expect(ours.indices.sorted { ours[$0] < ours[$1] } == truth.indices.sorted { truth[$0] < truth[$1] })
        }
    }

    @Test func afterALapNumberedUploadThereTheLapsAreTimedAtTheLearnedGate() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            // another driver's session with lap numbers teaches the place's start/finish line
            let sibling = try await world.seed(TestPaths.charlie, as: .driverB, client: client)
            #expect(try await api.session(sibling, as: .driverB).decode([String: JSONValue].self)["lap_timing"]?.string == "lap_numbers")
            let id = try await world.seed(TestPaths.charlieWithoutLapNumbers, as: .driverA, client: client)
            #expect(try await Self.lapTiming(api, id) == "learned_gate")
            let ours = try await Self.lapTimes(api, id)
            let truth = try Self.truthLapTimes()
            try #require(ours.count == truth.count)
            for (lap, (o, t)) in zip(ours, truth).enumerated() {
                #expect(abs(o - t) <= 0.005, "lap \(lap + 1): \(o) vs \(t)")
            }
            // rebuilt from the stored file, the session keeps the gate it was timed at
            await world.app.sessions.telemetry.evict(id)
            #expect(try await Self.lapTimes(api, id) == ours)
        }
    }
}

import Foundation
import Testing
@testable import TelemetryCore

/// Laps without lap numbers (issue #16 item 4): the charlie file without lap numbers, timed at
/// the gate learned from its lap-numbered sibling and at an automatic gate.
@Suite struct GateLapTimingTests {
    static var folder: URL { LimitLapFixture.root.appendingPathComponent("test_circuit_charlie") }
    static let sibling = "proc-c_2026-03-15_expert"
    static let noLapNumbers = "proc-c_2026-04-12_advanced_10hz_nolapnum"

    struct TruthLaps: Decodable {
        struct Lap: Decodable { let lap_number: Int; let lap_time_gps_s: Double }
        let laps: [Lap]
    }

    static func load(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: folder.appendingPathComponent(name + ".csv")))
    }

    static func truth() throws -> [TruthLaps.Lap] {
        try JSONDecoder().decode(TruthLaps.self, from: Data(contentsOf: folder.appendingPathComponent(noLapNumbers + ".json")))
            .laps.sorted { $0.lap_number < $1.lap_number }
    }

    static func lapTimes(_ s: ProcessedSession) -> [Double] {
        s.timedLaps.values.sorted { $0.lapNumber < $1.lapNumber }.map(\.lapTime)
    }

    @Test func lapNumberedSessionTeachesItsGate() throws {
        let s = try SessionIngest.ingest(Self.load(Self.sibling), knownGates: [])
        #expect(s.lapTiming == .lapNumbers)
        let gate = try #require(s.learnedGate)
        let json = try JSONEncoder().encode(gate)
        #expect(try JSONDecoder().decode(LapGate.self, from: json) == gate)
    }

    @Test func learnedGateTimesLapsLikeTheTruth() throws {
        let gate = try #require(try SessionIngest.ingest(Self.load(Self.sibling), knownGates: []).learnedGate)
        let s = try SessionIngest.ingest(Self.load(Self.noLapNumbers), knownGates: [gate])
        #expect(s.lapTiming == .learnedGate)
        #expect(s.learnedGate == nil)
        let truth = try Self.truth()
        let ours = Self.lapTimes(s)
        try #require(ours.count == truth.count)
        for (o, t) in zip(ours, truth) { #expect(abs(o - t.lap_time_gps_s) <= 0.005, "lap \(t.lap_number): \(o) vs \(t.lap_time_gps_s)") }
    }

    @Test func automaticGateKeepsTotalAndOrder() throws {
        let s = try SessionIngest.ingest(Self.load(Self.noLapNumbers), knownGates: [])
        #expect(s.lapTiming == .autoGate)
        let truth = try Self.truth().map(\.lap_time_gps_s)
        let ours = Self.lapTimes(s)
        try #require(ours.count == truth.count)
        #expect(abs(ours.reduce(0, +) - truth.reduce(0, +)) <= 0.05)
        #expect(ours.indices.sorted { ours[$0] < ours[$1] } == truth.indices.sorted { truth[$0] < truth[$1] })
    }

    /// The gate a session was timed at, passed back as the only known gate, rebuilds the same laps (a stored session
    /// keeps its laps whatever gates are learned later).
    @Test func theTimingGateRebuildsTheSameLaps() throws {
        let learned = try #require(try SessionIngest.ingest(Self.load(Self.sibling), knownGates: []).learnedGate)
        for known in [[learned], []] {
            let first = try SessionIngest.ingest(Self.load(Self.noLapNumbers), knownGates: known)
            let gate = try #require(first.timingGate)
            let again = try SessionIngest.ingest(Self.load(Self.noLapNumbers), knownGates: [gate])
            #expect(Self.lapTimes(again) == Self.lapTimes(first))
        }
    }

    @Test func aGateFarAwayIsNotUsed() throws {
        let far = LapGate(centerLatitude: 0, centerLongitude: 0, directionDeg: 90)
        let s = try SessionIngest.ingest(Self.load(Self.noLapNumbers), knownGates: [far])
        #expect(s.lapTiming == .autoGate)
    }
}

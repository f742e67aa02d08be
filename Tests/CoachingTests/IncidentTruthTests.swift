import Foundation
import Testing
import TelemetryCore
@testable import Coaching

/// Where a fixture's ground truth records an incident (a mistake lap at a corner, a traffic lap), the report names it.
@Suite struct IncidentTruthTests {
    static let withIncidents = CoachingFixture.all.filter { f in f.truth?.laps.contains { $0.incident != nil } ?? false }

    @Test func fixturesHaveIncidents() {
        #expect(!Self.withIncidents.isEmpty)
    }

    @Test(arguments: withIncidents)
    func mistakeLapsAreNamedWithTheirCorner(_ fixture: CoachingFixture) throws {
        let truth = try #require(fixture.truth)
        for skill in CoachingSkill.allCases {
            let report = BuiltinCoach().report(for: fixture.facts(skill))
            let patterns = report.patterns.joined(separator: "\n")
            for lap in truth.laps {
                guard let incident = lap.incident, let corner = incident.corner else { continue }
                let apex = try #require(truth.track.corners.first { $0.number == corner }).apex_m
                let detected = try #require(fixture.detectedCorner(forTruthApex: apex))
                // titles are "**Lap 2 at T11**" or, when the loss starts at the previous corner, "**Lap 2 at T8-T9**"
                let named = report.patterns.contains { p in
                    guard p.hasPrefix("**Lap \(lap.lap_number) at "), let end = p.range(of: "**:") else { return false }
                    let corners = p[p.index(p.startIndex, offsetBy: 2)..<end.lowerBound].split(separator: " ").last ?? ""
                    return corners.split(separator: "-").contains { $0 == "T\(detected)" }
                }
                #expect(named, "\(skill) lap \(lap.lap_number) \(incident.type) at truth T\(corner) = T\(detected): \(patterns)")
            }
        }
    }

    @Test(arguments: withIncidents)
    func trafficLapsAreNamed(_ fixture: CoachingFixture) throws {
        let truth = try #require(fixture.truth)
        let report = BuiltinCoach().report(for: fixture.facts(.intermediate))
        let patterns = report.patterns.joined(separator: "\n")
        for lap in truth.laps where lap.incident?.type == "traffic" {
            #expect(patterns.contains("**Lap \(lap.lap_number)"), "traffic lap \(lap.lap_number): \(patterns)")
        }
    }

    @Test(arguments: CoachingFixture.all)
    func anomalousLapsAreNamed(_ fixture: CoachingFixture) {
        let facts = fixture.facts(.novice)
        let report = BuiltinCoach().report(for: facts)
        for lap in facts.session?.anomalousLaps ?? [] {
            #expect(report.patterns.contains { $0.hasPrefix("**Lap \(lap)") }, "anomalous lap \(lap): \(report.patterns)")
        }
    }

    /// The truth does not rank corners, so priorities are checked against the analysis they come from: the corners with
    /// the largest time cost, in that order.
    @Test(arguments: CoachingFixture.all)
    func prioritiesAreTheCostliestCorners(_ fixture: CoachingFixture) {
        let facts = fixture.facts(.advanced)
        let report = BuiltinCoach().report(for: facts)
        let costs = facts.corners.map(\.timeCostS).sorted(by: >)
        #expect(report.priority_corners.map(\.time_cost_s) == Array(costs.prefix(report.priority_corners.count)))
    }
}

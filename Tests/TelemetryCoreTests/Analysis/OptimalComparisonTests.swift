import Foundation
import Testing
@testable import TelemetryCore

/// The optimal comparison (client-extras.md §5) on the Barber fixtures against the simulator's truth.
@Suite struct OptimalComparisonTests {
    /// The truth's car: its tyre friction, per-lap corner minimum speeds and peak lateral g.
    struct CarTruth: Decodable {
        struct Session: Decodable {
            struct Limit: Decodable { let mu: Double; let braking_mu: Double; let max_speed_mps: Double }
            let limit_model: Limit
        }
        struct Lap: Decodable {
            struct Corner: Decodable { let corner: Int; let apex_m: Double; let min_speed_mps: Double; let peak_lateral_g: Double? }
            let lap_number: Int
            let corners: [Corner]
        }
        let session: Session
        let laps: [Lap]
    }

    static func carTruth(_ f: AnalysisFixture) throws -> CarTruth {
        try JSONDecoder().decode(CarTruth.self, from: Data(contentsOf: Fixture.directory.appendingPathComponent(f.name + ".json")))
    }

    @Test("the optimal lap is not slower than the best lap; totals add up", arguments: AnalysisFixture.all)
    func totals(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let cmp = try a.optimalComparison()
        let optimal = a.optimalProfile()
        #expect(cmp.totalGapS >= -0.05, "total gap \(cmp.totalGapS) s")
        #expect(cmp.optimalLapTimeS == Numerics.round(optimal.lapTimeS, 3))
        #expect(abs(cmp.actualLapTimeS - f.truth.summary.best_lap_time_s) <= 0.1, "actual \(cmp.actualLapTimeS)")
        #expect(abs(cmp.totalGapS - (cmp.actualLapTimeS - cmp.optimalLapTimeS)) <= 0.0015)
        #expect(cmp.equipmentProfileID == nil)
        #expect(cmp.isValid == cmp.invalidReasons.isEmpty)
        #expect(!cmp.invalidReasons.contains("aggregate_optimal_slower_than_actual"))
        let costs = cmp.cornerOpportunities.map(\.timeCostS)
        #expect(zip(costs, costs.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(costs.allSatisfy { $0 >= 0 } && cmp.cornerOpportunities.allSatisfy { $0.exitStraightTimeCostS >= 0 })
        #expect(Set(cmp.cornerOpportunities.map(\.cornerNumber)).isSubset(of: Set(a.bestLapCorners.map(\.number))))
        _ = try encodedJSON(cmp)
    }

    /// The truth does not give the limit lap's speed per corner, so the bound is built from what it does give: on the
    /// driver's own line (the line the optimal profile is computed on) the car cannot corner faster than its tyres
    /// allow, v ≤ √(μ·g·r), with the line's radius at the driver's slowest point r = v_min² / a_lat. The truth gives
    /// v_min and the *peak* lateral g of the corner; the peak is at least the lateral g at the slowest point, so
    /// v_min·√(μ/a_peak) slightly under-estimates the limit there, and the model's minimum is also read over a window
    /// (±30 % of the corner) rather than at one point. 10 % covers both (measured worst ratio to the bound: 1.000 on
    /// the advanced session, 0.96 and 0.93 on the others). The tyre's μ is the larger of the truth's lateral and
    /// braking friction.
    @Test("each corner's optimal minimum is within what the car's tyres allow on that line", arguments: AnalysisFixture.all)
    func cornerMinimaRespectTheCar(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let truth = try Self.carTruth(f)
        let lap = try #require(truth.laps.first { $0.lap_number == a.session.bestLap })
        let mu = max(truth.session.limit_model.mu, truth.session.limit_model.braking_mu)
        let cmp = try a.optimalComparison()
        let corners = Dictionary(uniqueKeysWithValues: a.bestLapCorners.map { ($0.number, $0) })
        var worst = -Double.infinity, matched = 0
        for o in cmp.cornerOpportunities {
            let c = try #require(corners[o.cornerNumber])
            guard let t = lap.corners.filter({ abs($0.apex_m - c.apexDistanceM) <= 40 })
                    .min(by: { abs($0.apex_m - c.apexDistanceM) < abs($1.apex_m - c.apexDistanceM) }),
                  let peak = t.peak_lateral_g, peak > 0.3 else { continue }
            matched += 1
            let limitMph = t.min_speed_mps * (mu / peak).squareRoot() * AnalysisConstants.mpsToMph
            let ratio = o.optimalMinSpeedMph / limitMph
            worst = max(worst, ratio)
            #expect(o.optimalMinSpeedMph <= 1.10 * limitMph,
                    "T\(o.cornerNumber): optimal \(o.optimalMinSpeedMph) mph, tyres allow \(limitMph) mph on this line")
            #expect(o.optimalMinSpeedMph <= truth.session.limit_model.max_speed_mps * AnalysisConstants.mpsToMph)
        }
        print("\(f.name): \(matched) corners, worst optimal/limit ratio \(worst)")
        #expect(matched >= 8)
    }

    @Test("linked groups are runs of at least two corners with close apexes", arguments: AnalysisFixture.all)
    func linkedGroups(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let groups = OptimalComparison.linkedGroups(a.bestLapCorners, .init(a.optimalProfile()))
        let sorted = a.bestLapCorners.sorted { $0.entryDistanceM < $1.entryDistanceM }
        for id in Set(groups.values) {
            let members = sorted.filter { groups[$0.number] == id }
            #expect(members.count >= 2, "group \(id)")
            for (x, y) in zip(members, members.dropFirst()) {
                #expect(y.apexDistanceM - x.apexDistanceM < OptimalComparison.linkedApexM, "group \(id): T\(x.number)–T\(y.number)")
            }
        }
        let reported = try a.optimalComparison().cornerOpportunities
        for o in reported { #expect(o.linkedGroupID == groups[o.cornerNumber]) }
    }
}

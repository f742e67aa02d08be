import Foundation
import Testing
@testable import TelemetryCore

/// The physics-optimal lap must be physically sensible: never faster than the car's limit
/// lap (`session.limit_lap_time_s` in the truth), never slower than the driver's best lap.
@Suite("Optimal profile vs limit and best lap")
struct OptimalProfileTests {
    @Test("limit ≤ optimal ≤ best", arguments: AnalysisFixture.all)
    func bounds(_ f: AnalysisFixture) throws {
        let o = f.analysis.optimalProfile()
        let limit = f.truth.session.limit_lap_time_s, best = f.truth.summary.best_lap_time_s
        print(String(format: "[optimal] %@: limit %.3f ≤ optimal %.3f ≤ best %.3f (μ_lat %.3f, decel %.3f, accel %.3f, calibrated %@)",
                     f.name, limit, o.lapTimeS, best, o.vehicleParams.maxLateralG, o.vehicleParams.maxDecelG,
                     o.vehicleParams.maxAccelG, o.vehicleParams.calibrated ? "yes" : "no"))
        #expect(o.vehicleParams.calibrated)
        #expect(limit <= o.lapTimeS)
        #expect(o.lapTimeS <= best)
        #expect(o.optimalSpeedMph.count == o.distanceM.count && o.maxCorneringSpeedMph.count == o.distanceM.count)
        #expect(zip(o.optimalSpeedMph, o.maxCorneringSpeedMph).allSatisfy { $0 <= $1 + 1e-9 })
        // Steady state: the speed at the line is the same at both ends.
        #expect(abs(o.optimalSpeedMph.first! - o.optimalSpeedMph.last!) < 1.0)
        // One brake point per braked corner, roughly.
        #expect(o.brakePoints.count >= 8 && o.brakePoints.count <= 16)
    }

    @Test("the optimal profile is at least as fast as the best lap almost everywhere", arguments: AnalysisFixture.all)
    func fasterThanDriver(_ f: AnalysisFixture) {
        let a = f.analysis
        let o = a.optimalProfile()
        let best = a.session.laps[a.session.bestLap]!
        let slower = zip(o.optimalSpeedMph, best.speed).filter { $0 < $1 * AnalysisConstants.mpsToMph - 2 }.count
        #expect(Double(slower) / Double(best.count) < 0.05, "\(slower) of \(best.count) points > 2 mph slower")
    }

    @Test("a drive cut at each upshift holds the speed for its duration and costs time")
    func driveCut() throws {
        // 1.4 km: a 30 m hairpin (R 20 m) and then a straight the car accelerates along with 150 W/kg.
        let step = 0.7, n = 2000
        let curvature = (0..<n).map { $0 < 43 ? 0.05 : 0.0 }
        let params = VehicleParams(mu: 1.2, maxAccelG: 0.8, maxDecelG: 1.2, maxLateralG: 1.2, topSpeedMps: 70, calibrated: false)
        var model = OptimalProfile.Model(curvature: curvature, step: step, closing: 0, params: params, accelSpeeds: [], accelG: [])
        model.engine = .init(wheelPowerW: 150, massKg: 1, tractionG: 0.8)
        model.resistance = .init(dragAreaM2: 0.0008, airDensity: 1, massKg: 1)
        let plain = OptimalProfile.solve(model, vCorner: OptimalProfile.cornerSpeeds(model))
        model.driveCut = .init(upshiftSpeeds: [20, 30], seconds: 0.25)
        let cut = OptimalProfile.solve(model, vCorner: OptimalProfile.cornerSpeeds(model))
        let shift = try #require(cut.indices.first { $0 > 43 && cut[$0] >= 20 })
        // 0.25 s at 20 m/s is 5 m: the speed stays put over the next 6 points (4.2 m), then rises again.
        #expect((shift...(shift + 6)).allSatisfy { abs(cut[$0] - cut[shift]) < 1e-9 })
        #expect(cut[shift + 12] > cut[shift] + 0.1)
        let tPlain = OptimalProfile.lapTime(plain, step: step, closing: 0), tCut = OptimalProfile.lapTime(cut, step: step, closing: 0)
        #expect(tCut > tPlain + 0.1 && tCut < tPlain + 0.5, "with cut \(tCut) s, without \(tPlain) s")
    }

    @Test("defaults without g channels")
    func defaults() {
        let s = session(Fixture.all[0].session, keeping: Set(Fixture.all[0].session.lapNumbers), dropIMU: true)
        let o = SessionAnalysis(session: s, sessionID: "x").optimalProfile()
        #expect(!o.vehicleParams.calibrated)
        #expect(o.vehicleParams == OptimalProfile.defaults)
        #expect(o.lapTimeS > 0 && o.lapTimeS.isFinite)
    }
}

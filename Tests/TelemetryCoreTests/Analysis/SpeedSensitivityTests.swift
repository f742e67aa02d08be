import Foundation
import Testing
@testable import TelemetryCore

/// Speed sensitivity (client-extras.md §6) uses the optimal profile's calibrated vehicle and never reports a loss.
@Suite struct SpeedSensitivityTests {
    @Test("sensitivities ≥ 0, one per corner, vehicle = the optimal profile's", arguments: AnalysisFixture.all)
    func sameVehicleAsTheOptimalProfile(_ f: AnalysisFixture) throws {
        let a = f.analysis
        let result = a.speedSensitivity()
        let params = a.optimalProfile().vehicleParams
        #expect(result.vehicleParams == params)
        #expect(result.vehicleParams.calibrated == params.calibrated)
        #expect(result.vehicleParams.calibrated, "the Barber fixtures carry both g channels, so the vehicle is fitted")
        #expect(result.corners.map(\.cornerNumber) == a.bestLapCorners.filter { $0.exitDistanceM > $0.entryDistanceM }.map(\.number))
        for c in result.corners {
            #expect(c.sensitivityS >= 0 && c.sensitivityS.isFinite, "T\(c.cornerNumber)")
            #expect(c.arcLengthM > 0)
        }
        // 1 mph more minimum speed saves time somewhere: at least one corner's minimum limits the lap.
        #expect(result.corners.contains { $0.sensitivityS > 0 })
        _ = try encodedJSON(result)
    }

    /// An upper bound from kinematics: 1 mph more over the whole arc can save at most arc·(1/vm − 1/(vm + 1 mph)).
    @Test("no corner saves more than its whole arc at 1 mph more", arguments: AnalysisFixture.all)
    func boundedByTheWholeArc(_ f: AnalysisFixture) {
        let a = f.analysis
        let corners = Dictionary(uniqueKeysWithValues: a.bestLapCorners.map { ($0.number, $0) })
        for c in a.speedSensitivity().corners {
            let vm = max(corners[c.cornerNumber]!.minSpeedMps, 5)
            let bound = c.arcLengthM * (1 / vm - 1 / (vm + SpeedSensitivity.oneMph))
            #expect(c.sensitivityS <= bound + 0.0001, "T\(c.cornerNumber): \(c.sensitivityS) s > \(bound) s")
        }
    }

    @Test func defaultsWithoutGChannelsAreReportedUncalibrated() {
        let s = session(Fixture.all[0].session, keeping: Set(Fixture.all[0].session.lapNumbers), dropIMU: true)
        let result = SessionAnalysis(session: s, sessionID: "x").speedSensitivity()
        #expect(!result.vehicleParams.calibrated)
        #expect(result.vehicleParams == OptimalProfile.defaults)
    }
}

import Foundation
import Testing
@testable import TelemetryCore

/// Brake fade and tyre degradation on a synthetic corner whose peak braking and minimum speed fall lap by lap.
@Suite struct DegradationTests {
    func corner(brakeG: Double, minSpeed: Double) -> Corner {
        Corner(number: 3, entryDistanceM: 100, exitDistanceM: 200, apexDistanceM: 150, minSpeedMps: minSpeed,
               brakePointM: 80, peakBrakeG: brakeG, throttleCommitM: 170, apexType: "mid", brakePointLat: nil,
               brakePointLon: nil, apexLat: nil, apexLon: nil, direction: "left")
    }

    @Test func fadingBrakesAndFallingSpeedsAreBothReported() {
        // peak brake G (negative) rises toward zero by 0.035 G/lap; min speed drops by 0.35 m/s per lap
        let laps = Dictionary(uniqueKeysWithValues: (1...6).map { lap in
            (lap, [corner(brakeG: -1.0 + 0.035 * Double(lap), minSpeed: 30 - 0.35 * Double(lap))])
        })
        let events = DegradationAnalysis.events(laps)
        #expect(events.map(\.metric) == ["brake_fade", "tire_degradation"])
        #expect(events[0].severity == "severe" && events[1].severity == "severe")
        #expect(events[0].description
                == "Corner 3: Brake fade detected (severe). Peak brake G decreased by 0.035 G/lap over laps 1-6 (R²=1.00).")
        #expect(events[1].description
                == "Corner 3: Tire degradation detected (severe). Min speed decreased by 0.35 m/s per lap over laps 1-6 (R²=1.00).")
        #expect(events[1].lapNumbers == [1, 2, 3, 4, 5, 6] && events[1].slope == -0.35)
    }

    @Test func steadyCornersReportNothing() {
        let laps = Dictionary(uniqueKeysWithValues: (1...6).map { ($0, [corner(brakeG: -1.0, minSpeed: 30)]) })
        #expect(DegradationAnalysis.events(laps).isEmpty)
    }
}

import Testing
@testable import Coaching

/// The rubric's building blocks (RUBRIC.md).
@Suite struct GradingTests {
    @Test func lettersFollowTheScales() {
        #expect(Letter.on(0.2, Scales.delaySeconds, higherIsBetter: false) == .a)
        #expect(Letter.on(0.7, Scales.delaySeconds, higherIsBetter: false) == .c)
        #expect(Letter.on(3.0, Scales.delaySeconds, higherIsBetter: false) == .f)
        #expect(Letter.on(0.96, Scales.gripShare, higherIsBetter: true) == .a)
        #expect(Letter.on(0.85, Scales.gripShare, higherIsBetter: true) == .c)
        #expect(Letter.on(0.5, Scales.gripShare, higherIsBetter: true) == .f)
    }

    @Test func softStopCostsTimeOnlyBelowTheMaximum() {
        #expect(BrakingPhysics.softStopLoss(v1: 45, v2: 20, decelG: 1.0, maxDecelG: 1.0).lossS == 0)
        let soft = BrakingPhysics.softStopLoss(v1: 45, v2: 20, decelG: 0.6, maxDecelG: 1.0)
        let firmer = BrakingPhysics.softStopLoss(v1: 45, v2: 20, decelG: 0.8, maxDecelG: 1.0)
        #expect(soft.lossS > firmer.lossS && firmer.lossS > 0)
        // a small speed drop costs little even when braked gently
        #expect(BrakingPhysics.softStopLoss(v1: 38, v2: 32, decelG: 0.5, maxDecelG: 1.05).lossS < 0.1)
        #expect(BrakingPhysics.softStopLoss(v1: 20, v2: 30, decelG: 0.5, maxDecelG: 1.0).lossS == 0)
    }

    static func corner(_ n: Int) -> CornerFacts {
        CornerFacts(number: n, direction: "left", entryM: 100, apexM: 150, exitM: 200, laps: [1, 2, 3],
                    minSpeedBestLapMps: 20, minSpeedMedianMps: 19, minSpeedSessionBestMps: 20, minSpeedSessionBestLap: 2,
                    minSpeedStdMps: 0.4, optimalCornerSpeedMps: 21, brakedLaps: 3, brakePointBestLapM: 40,
                    brakePointMedianM: 38, brakePointLatestM: 45, brakePointLatestLap: 2, brakePointStdM: 3,
                    brakingZoneM: 112, brakeSpeedMedianMps: 40, optimalBrakePointM: 50, peakDecelMedianG: 0.9,
                    peakDecelBestG: 1.0,
                    trailBraking: TrailBrakingFacts(laps: 3, overlapMedian: 0.3, overlapBest: 0.6, decelAtTurnInMedianG: 0.2,
                                                    buildUpMedianM: 15),
                    apexToThrottleBestLapM: 10, apexToThrottleMedianM: 14, apexToThrottleShortestM: 8,
                    apexToThrottleShortestLap: 3, optimalApexToThrottleM: 6, segmentGainS: 0.1, optimalGapS: 0.2,
                    timeCostS: 0.3, consistencyScore: 80)
    }

    @Test func noviceNeverGradesTrailBraking() {
        let facts = CoachingFacts(skill: .novice, trackName: "T", cornerCount: 1, corners: [Self.corner(1)])
        let g = BuiltinCoach().report(for: facts).corner_grades[0]
        #expect(g.trail_braking == "N/A")
        #expect(g.trail_braking_reason.contains("Not graded at novice level"))
        let advanced = BuiltinCoach().report(for: CoachingFacts(skill: .advanced, trackName: "T", cornerCount: 1,
                                                                corners: [Self.corner(1)]))
        #expect(advanced.corner_grades[0].trail_braking == "C")
    }

    @Test func conditionsArePatterns() {
        let facts = CoachingFacts(skill: .intermediate, trackName: "T", cornerCount: 1, corners: [Self.corner(1)],
                                  context: CoachingContext(compoundCategory: "super_200tw", trackCondition: "wet",
                                                           ambientTempC: 12))
        let patterns = BuiltinCoach().report(for: facts).patterns
        #expect(patterns.contains { $0.hasPrefix("**Conditions**: wet track, 12 °C air, tyres: super_200tw.") })
    }

    @Test func missingCornersStillGetAnEntry() {
        let facts = CoachingFacts(skill: .advanced, trackName: "T", cornerCount: 3, corners: [Self.corner(2)])
        let report = BuiltinCoach().report(for: facts)
        #expect(report.corner_grades.map(\.corner) == [1, 2, 3])
        #expect(report.priority_corners.allSatisfy { (1...3).contains($0.corner) })
    }
}

import Foundation

extension CoachingFacts {
    /// The facts with every number rounded to what a coach cites and every non-finite optional dropped (a non-finite
    /// required number becomes 0), so the JSON an LLM reads never carries NaN or ±Infinity.
    var finite: CoachingFacts {
        var f = self
        f.corners = corners.map(\.finite)
        f.session = session.map(\.finite)
        f.degradation = degradation.map { FactNumber.rounding($0, required: [(\.slopePerLap, 4), (\.rSquared, 3)]) }
        return f
    }
}

/// Rounding of fact numbers.
enum FactNumber {
    static func required(_ x: Double, _ digits: Int) -> Double {
        guard x.isFinite else { return 0 }
        let p = pow(10, Double(digits))
        return (x * p).rounded() / p
    }

    static func optional(_ x: Double?, _ digits: Int) -> Double? {
        guard let x, x.isFinite else { return nil }
        return required(x, digits)
    }

    /// `value` with the numbers at `required` and `optional` rounded to their digits.
    static func rounding<T>(_ value: T, required: [(WritableKeyPath<T, Double>, Int)] = [],
                            optional: [(WritableKeyPath<T, Double?>, Int)] = []) -> T {
        var v = value
        for (path, digits) in required { v[keyPath: path] = Self.required(v[keyPath: path], digits) }
        for (path, digits) in optional { v[keyPath: path] = Self.optional(v[keyPath: path], digits) }
        return v
    }
}

extension CornerFacts {
    var finite: CornerFacts {
        var c = FactNumber.rounding(self, required: [
            (\.entryM, 1), (\.apexM, 1), (\.exitM, 1), (\.minSpeedBestLapMps, 2), (\.minSpeedMedianMps, 2),
            (\.minSpeedSessionBestMps, 2), (\.timeCostS, 3),
        ], optional: [
            (\.minSpeedStdMps, 3), (\.optimalCornerSpeedMps, 2), (\.brakePointBestLapM, 1), (\.brakePointMedianM, 1),
            (\.brakePointLatestM, 1), (\.brakePointStdM, 2), (\.brakingZoneM, 1), (\.brakeSpeedMedianMps, 2),
            (\.optimalBrakePointM, 1), (\.peakDecelMedianG, 3), (\.peakDecelBestG, 3), (\.apexToThrottleBestLapM, 1),
            (\.apexToThrottleMedianM, 1), (\.apexToThrottleShortestM, 1), (\.optimalApexToThrottleM, 1),
            (\.segmentGainS, 3), (\.optimalGapS, 3), (\.consistencyScore, 1),
        ])
        c.timeCostS = max(0, c.timeCostS)
        c.trailBraking = trailBraking.map {
            FactNumber.rounding($0, required: [(\.overlapMedian, 3), (\.overlapBest, 3), (\.decelAtTurnInMedianG, 3),
                                               (\.buildUpMedianM, 1)])
        }
        return c
    }
}

extension SessionFacts {
    var finite: SessionFacts {
        FactNumber.rounding(self, required: [
            (\.bestLapTimeS, 3), (\.medianCoachingLapTimeS, 3), (\.optimalMaxDecelG, 3), (\.optimalMaxLateralG, 3),
            (\.gpsScore, 1),
        ], optional: [
            (\.lapConsistencyScore, 1), (\.lapTimeStdS, 3), (\.lapTimeSpreadS, 3), (\.consistencyGainS, 3),
            (\.compositeGainS, 3), (\.theoreticalGainS, 3), (\.optimalLapTimeS, 3), (\.gripCompositeMaxG, 3),
            (\.gripMultiLapMaxG, 3), (\.demonstratedMaxDecelG, 3),
        ])
    }
}

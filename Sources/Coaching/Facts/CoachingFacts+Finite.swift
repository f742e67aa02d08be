import Foundation

extension CoachingFacts {
    /// The facts with every number rounded to what a coach cites and every non-finite optional dropped (a non-finite
    /// required number becomes 0), so the JSON an LLM reads never carries NaN or ±Infinity.
    var finite: CoachingFacts {
        var f = self
        f.corners = corners.map(\.finite)
        f.session = session.map(\.finite)
        f.degradation = degradation.map { d in
            var d = d
            d.slopePerLap = FactNumber.required(d.slopePerLap, 4)
            d.rSquared = FactNumber.required(d.rSquared, 3)
            return d
        }
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
}

extension CornerFacts {
    var finite: CornerFacts {
        var c = self
        c.entryM = FactNumber.required(entryM, 1)
        c.apexM = FactNumber.required(apexM, 1)
        c.exitM = FactNumber.required(exitM, 1)
        c.minSpeedBestLapMps = FactNumber.required(minSpeedBestLapMps, 2)
        c.minSpeedMedianMps = FactNumber.required(minSpeedMedianMps, 2)
        c.minSpeedSessionBestMps = FactNumber.required(minSpeedSessionBestMps, 2)
        c.minSpeedStdMps = FactNumber.optional(minSpeedStdMps, 3)
        c.optimalCornerSpeedMps = FactNumber.optional(optimalCornerSpeedMps, 2)
        c.brakePointBestLapM = FactNumber.optional(brakePointBestLapM, 1)
        c.brakePointMedianM = FactNumber.optional(brakePointMedianM, 1)
        c.brakePointLatestM = FactNumber.optional(brakePointLatestM, 1)
        c.brakePointStdM = FactNumber.optional(brakePointStdM, 2)
        c.brakingZoneM = FactNumber.optional(brakingZoneM, 1)
        c.brakeSpeedMedianMps = FactNumber.optional(brakeSpeedMedianMps, 2)
        c.optimalBrakePointM = FactNumber.optional(optimalBrakePointM, 1)
        c.peakDecelMedianG = FactNumber.optional(peakDecelMedianG, 3)
        c.peakDecelBestG = FactNumber.optional(peakDecelBestG, 3)
        c.trailBraking = trailBraking.map { t in
            var t = t
            t.overlapMedian = FactNumber.required(t.overlapMedian, 3)
            t.overlapBest = FactNumber.required(t.overlapBest, 3)
            t.decelAtTurnInMedianG = FactNumber.required(t.decelAtTurnInMedianG, 3)
            t.buildUpMedianM = FactNumber.required(t.buildUpMedianM, 1)
            return t
        }
        c.apexToThrottleBestLapM = FactNumber.optional(apexToThrottleBestLapM, 1)
        c.apexToThrottleMedianM = FactNumber.optional(apexToThrottleMedianM, 1)
        c.apexToThrottleShortestM = FactNumber.optional(apexToThrottleShortestM, 1)
        c.optimalApexToThrottleM = FactNumber.optional(optimalApexToThrottleM, 1)
        c.segmentGainS = FactNumber.optional(segmentGainS, 3)
        c.optimalGapS = FactNumber.optional(optimalGapS, 3)
        c.timeCostS = max(0, FactNumber.required(timeCostS, 3))
        c.consistencyScore = FactNumber.optional(consistencyScore, 1)
        return c
    }
}

extension SessionFacts {
    var finite: SessionFacts {
        var s = self
        s.bestLapTimeS = FactNumber.required(bestLapTimeS, 3)
        s.medianCoachingLapTimeS = FactNumber.required(medianCoachingLapTimeS, 3)
        s.lapConsistencyScore = FactNumber.optional(lapConsistencyScore, 1)
        s.lapTimeStdS = FactNumber.optional(lapTimeStdS, 3)
        s.lapTimeSpreadS = FactNumber.optional(lapTimeSpreadS, 3)
        s.consistencyGainS = FactNumber.optional(consistencyGainS, 3)
        s.compositeGainS = FactNumber.optional(compositeGainS, 3)
        s.theoreticalGainS = FactNumber.optional(theoreticalGainS, 3)
        s.optimalLapTimeS = FactNumber.optional(optimalLapTimeS, 3)
        s.optimalMaxDecelG = FactNumber.required(optimalMaxDecelG, 3)
        s.optimalMaxLateralG = FactNumber.required(optimalMaxLateralG, 3)
        s.gripCompositeMaxG = FactNumber.optional(gripCompositeMaxG, 3)
        s.gripMultiLapMaxG = FactNumber.optional(gripMultiLapMaxG, 3)
        s.demonstratedMaxDecelG = FactNumber.optional(demonstratedMaxDecelG, 3)
        s.gpsScore = FactNumber.required(gpsScore, 1)
        return s
    }
}

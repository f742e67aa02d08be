import Foundation
import Testing
@testable import Weather

/// The surface-water balance on typical days, its fallbacks, and its numbers staying finite.
@Suite struct TrackConditionModelTests {
    @Test func drySunnyDayIsDry() {
        let assessment = Scenario(temperatureC: 27, relativeHumidityPct: 40, windSpeedKmh: 12).assessment
        #expect(assessment.condition == .dry)
        #expect(assessment.method == .waterBalance)
        #expect(assessment.surfaceWaterMm == 0)
        #expect(assessment.confidence >= 0.9)
    }

    @Test func steadyRainInTheSessionHourIsWet() {
        let assessment = Scenario(temperatureC: 13, relativeHumidityPct: 96, windSpeedKmh: 15, cloudCoverPct: 100,
                                  radiation: { _ in 0 }, rain: { (-5...3).contains($0) ? 2.5 : 0 }).assessment
        #expect(assessment.condition == .wet)
        let film = assessment.surfaceWaterMm ?? 0
        #expect(film > WaterFilm.textureStorageMm, "rain still falling keeps a draining film above the texture: \(film)")
        #expect(film < 1, "the excess drains in minutes: \(film)")
        #expect(assessment.confidence >= 0.8)
    }

    @Test(arguments: [1, 2])
    func rainThatStoppedHoursAgoOnACoolHumidDayLeavesWater(stoppedHoursBefore: Int) {
        let assessment = Scenario(temperatureC: 9, relativeHumidityPct: 92, windSpeedKmh: 8, cloudCoverPct: 100,
                                  radiation: { _ in 0 },
                                  rain: { (-6...(-stoppedHoursBefore)).contains($0) ? 3 : 0 }).assessment
        #expect(assessment.condition != .dry)
        let film = assessment.surfaceWaterMm ?? 0
        #expect(film >= TrackConditionModel.dampFilmMm && film <= WaterFilm.textureStorageMm)
        #expect(assessment.condition == TrackConditionModel.condition(filmMm: film))
    }

    @Test func rainThatStoppedTenHoursAgoOnAWarmWindyDayIsDry() {
        let assessment = Scenario(temperatureC: 26, relativeHumidityPct: 45, windSpeedKmh: 30, cloudCoverPct: 10,
                                  rain: { (-11...(-10)).contains($0) ? 4 : 0 }).assessment
        #expect(assessment.condition == .dry)
        #expect(assessment.surfaceWaterMm == 0)
    }

    @Test func dryingIsFasterInSunAndWindThanUnderCloudInStillAir() {
        let rain: @Sendable (Int) -> Double? = { (-4...(-3)).contains($0) ? 2 : 0 }
        let warm = Scenario(temperatureC: 24, relativeHumidityPct: 50, windSpeedKmh: 25, rain: rain).assessment
        let cool = Scenario(temperatureC: 8, relativeHumidityPct: 90, windSpeedKmh: 3, cloudCoverPct: 100,
                            radiation: { _ in 0 }, rain: rain).assessment
        #expect((warm.surfaceWaterMm ?? 1) < (cool.surfaceWaterMm ?? 0))
        #expect(warm.condition == .dry && cool.condition == .wet)
    }

    @Test func quarterHourlyRainTakesPrecedenceOverTheHourlySum() {
        var series = Scenario(temperatureC: 15, relativeHumidityPct: 80, cloudCoverPct: 100, radiation: { _ in 0 }).series
        // The hourly sum says nothing fell; the 15-minute data has a burst just before the session.
        series.quarterHourly = (-96...48).map { quarter in
            PrecipitationSample(time: Scenario.session.addingTimeInterval(Double(quarter) * 900), millimetres: quarter == 0 ? 1.5 : 0)
        }
        let assessment = TrackConditionModel.assess(series, at: Scenario.session)
        #expect(assessment.condition == .wet)
        #expect(assessment.method == .waterBalance)
    }

    @Test func legacyThresholdsWhenTheLookBackIsMissing() {
        func onlySessionHour(_ millimetres: Double?) -> TrackAssessment {
            TrackConditionModel.assess(PrecipitationSeries(hourly: [HourlyConditions(time: Scenario.session,
                                                                                     precipitationMm: millimetres)]),
                                       at: Scenario.session)
        }
        #expect(onlySessionHour(1.2).condition == .wet)
        #expect(onlySessionHour(0.5).condition == .wet)
        #expect(onlySessionHour(0.2).condition == .damp)
        #expect(onlySessionHour(0).condition == .dry)
        #expect(onlySessionHour(0.2).method == .precipitationThreshold)
        #expect(onlySessionHour(0.2).surfaceWaterMm == nil)
        #expect(onlySessionHour(0.2).confidence == AssessmentConfidence.legacy)
        let nothing = TrackConditionModel.assess(PrecipitationSeries(hourly: []), at: Scenario.session)
        #expect(nothing == TrackAssessment(condition: .dry, surfaceWaterMm: nil, confidence: 0.1, method: .noData))
        #expect(onlySessionHour(nil).method == .noData)
    }

    @Test func aPartialLookBackStillRunsTheBalanceWithLessConfidence() {
        let full = Scenario().series
        var partial = full
        // Drop 2 of the 12 look-back hours: 83 % known.
        partial.hourly.removeAll { [-7, -8].contains(Int($0.time.timeIntervalSince(Scenario.session) / 3_600)) }
        let complete = TrackConditionModel.assess(full, at: Scenario.session)
        let gappy = TrackConditionModel.assess(partial, at: Scenario.session)
        #expect(gappy.method == .waterBalance)
        #expect(gappy.confidence < complete.confidence)
    }

    @Test func confidenceDropsNearAThreshold() {
        // Drizzle amounts that leave films from far below to far above the boundaries.
        let far = Scenario(temperatureC: 20, relativeHumidityPct: 60).assessment
        #expect(AssessmentConfidence.nearness(0.10) == 1)
        #expect(AssessmentConfidence.nearness(0.01) == 1)
        #expect(AssessmentConfidence.nearness(0.3) < 0.01)
        #expect(AssessmentConfidence.nearness(0) == 0)
        #expect(AssessmentConfidence.nearness(0.05) > 0.3)
        #expect(far.confidence >= 0.9)
    }

    @Test func rainArrivingJustAfterTheSessionLowersTheConfidenceButNotTheVerdict() {
        let before = Scenario(rain: { _ in 0 }).assessment
        let soon = Scenario(cloudCoverPct: 100, radiation: { _ in 0 }, rain: { $0 == 1 ? 4 : 0 }).assessment
        #expect(soon.condition == .dry)
        #expect(soon.confidence < before.confidence)
    }

    @Test func nonFiniteInputsNeverMakeNaN() {
        let bad: [Double?] = [.nan, .infinity, -.infinity, -1, 1e308, nil]
        for value in bad {
            let series = PrecipitationSeries(
                hourly: (-14...3).map { offset in
                    HourlyConditions(time: Scenario.session.addingTimeInterval(Double(offset) * 3_600),
                                     precipitationMm: offset.isMultiple(of: 2) ? value : 1, temperatureC: value,
                                     relativeHumidityPct: value, dewPointC: value, windSpeedKmh: value,
                                     directRadiationWm2: value, cloudCoverPct: value)
                },
                quarterHourly: [PrecipitationSample(time: Scenario.session, millimetres: value),
                                PrecipitationSample(time: Date(timeIntervalSince1970: .nan), millimetres: 2)])
            let assessment = TrackConditionModel.assess(series, at: Scenario.session)
            #expect(assessment.confidence.isFinite && (0...1).contains(assessment.confidence))
            #expect(assessment.surfaceWaterMm.map { $0.isFinite && $0 >= 0 } ?? true, "\(String(describing: value))")
        }
        for at in [Date(timeIntervalSince1970: .nan), Date(timeIntervalSince1970: .infinity), Date.distantFuture] {
            let assessment = TrackConditionModel.assess(Scenario().series, at: at)
            #expect(assessment.confidence.isFinite && assessment.surfaceWaterMm.map(\.isFinite) ?? true)
        }
    }

    @Test func conditionClasses() {
        #expect(TrackConditionModel.condition(filmMm: 0) == .dry)
        #expect(TrackConditionModel.condition(filmMm: 0.0099) == .dry)
        #expect(TrackConditionModel.condition(filmMm: 0.01) == .damp)
        #expect(TrackConditionModel.condition(filmMm: 0.0999) == .damp)
        #expect(TrackConditionModel.condition(filmMm: 0.10) == .wet)
        #expect(TrackConditionModel.condition(filmMm: .nan) == .dry)
        #expect(TrackCondition.dry < .damp && .damp < .wet)
    }
}

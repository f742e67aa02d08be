import Foundation
import Testing
@testable import Weather

/// The rates behind the model have the magnitudes their documentation claims.
@Suite struct WaterFilmPhysicsTests {
    static func conditions(_ temperature: Double, humidity: Double, windKmh: Double, radiation: Double,
                           cloud: Double) -> DryingConditions {
        DryingConditions(temperatureC: temperature,
                         vapourPressureKPa: Psychrometrics.saturationVapourPressureKPa(temperature) * humidity / 100,
                         windSpeedKmh: windKmh, directRadiationWm2: radiation, cloudFraction: cloud,
                         airDefaulted: false, radiationDefaulted: false)
    }

    @Test func evaporationMagnitudes() {
        let sunny = WaterFilmEvaporation.rateMmPerHour(Self.conditions(25, humidity: 50, windKmh: 15, radiation: 600, cloud: 0.1))
        let overcast = WaterFilmEvaporation.rateMmPerHour(Self.conditions(10, humidity: 90, windKmh: 8, radiation: 0, cloud: 1))
        let saturatedNight = WaterFilmEvaporation.rateMmPerHour(Self.conditions(5, humidity: 100, windKmh: 0, radiation: 0, cloud: 0))
        #expect((0.35...0.7).contains(sunny), "\(sunny)")
        #expect((0.003...0.03).contains(overcast), "\(overcast)")
        #expect(saturatedNight == 0, "no dew: the rate never goes negative")
        let windier = WaterFilmEvaporation.rateMmPerHour(Self.conditions(10, humidity: 90, windKmh: 40, radiation: 0, cloud: 1))
        #expect(windier > overcast)
    }

    @Test func saturationVapourPressure() {
        #expect(abs(Psychrometrics.saturationVapourPressureKPa(20) - 2.338) < 0.002) // FAO-56 Annex 2 table
        #expect(abs(Psychrometrics.saturationSlopeKPaPerK(20) - 0.145) < 0.001)
    }

    @Test func excessDrainsInMinutesAndTheTextureHoldsItsShare() {
        var film = WaterFilm()
        film.advance(duration: 3_600, rainMm: 5, evaporationMmPerHour: 0)
        let whileRaining = film.depthMm
        #expect(whileRaining > WaterFilm.textureStorageMm)
        // Equilibrium excess of a linear reservoir under 5 mm/h: P·τ = 5/12 mm.
        #expect(abs(whileRaining - WaterFilm.textureStorageMm - 5.0 / 12) < 0.001, "\(whileRaining)")
        film.advance(duration: 45 * 60, rainMm: 0, evaporationMmPerHour: 0)
        #expect(abs(film.depthMm - WaterFilm.textureStorageMm) < 0.001, "nine time constants later the excess is gone")
        film.advance(duration: 3_600, rainMm: 0, evaporationMmPerHour: 0.1)
        #expect(abs(film.depthMm - (WaterFilm.textureStorageMm - 0.1)) < 1e-4, "an hour at 0.1 mm/h takes 0.1 mm")
        film.advance(duration: 10 * 3_600, rainMm: 0, evaporationMmPerHour: 0.1)
        #expect(film.depthMm == 0)
        film.advance(duration: 900, rainMm: .nan, evaporationMmPerHour: .infinity)
        #expect(film.depthMm == 0)
    }

    @Test func rainfallTimelineSplitsIntervalsAndReportsGaps() {
        let end = Date(timeIntervalSince1970: 7_200)
        let timeline = RainfallTimeline([PrecipitationSample(time: end, millimetres: 4),
                                         PrecipitationSample(time: end.addingTimeInterval(-3_600), millimetres: nil)],
                                        length: 3_600)
        #expect(timeline.amount(from: end.addingTimeInterval(-900), to: end) == 1)
        #expect(timeline.amount(from: end.addingTimeInterval(-4_500), to: end.addingTimeInterval(-3_600)) == nil)
        #expect(timeline.amount(from: end, to: end.addingTimeInterval(900)) == nil)
    }
}

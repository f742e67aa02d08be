import Foundation

/// The `weather_confidence` of a track condition, 0…1.
///
/// For the water balance it starts at `waterBalanceBase` (the model is uncalibrated: never certain) and
/// - is multiplied by the share of the 12 h look-back whose precipitation is known (an unknown hour might have held
///   the rain that matters);
/// - loses up to `hourlyOnlyPenalty` as the look-back relies on hourly sums spread over their hour instead of
///   15-minute data (a shower's timing within the hour is lost);
/// - loses up to `airDefaultPenalty` / `radiationDefaultPenalty` by the share of steps whose drying inputs were
///   defaults;
/// - loses up to `thresholdPenalty` as the film nears a class boundary: linearly from nothing at a factor
///   `thresholdBand` (3×) away from 0.01 or 0.10 mm to the full penalty on the boundary (in log space, since the
///   film's uncertainty is multiplicative: the evaporation rate is uncertain by a factor, not a fixed amount);
/// - loses `forwardChangePenalty` when the film crosses a boundary during the 2 h after the session (the session's
///   own hour is known only roughly, and a session lasts), and up to `forwardGapPenalty` by the unknown share of
///   those 2 h.
///
/// The legacy threshold rule gets `legacy`, and no precipitation at all gets `noData`.
enum AssessmentConfidence {
    static let waterBalanceBase = 0.95
    static let hourlyOnlyPenalty = 0.05
    static let airDefaultPenalty = 0.20
    static let radiationDefaultPenalty = 0.10
    static let thresholdPenalty = 0.35
    static let thresholdBand = 3.0
    static let forwardChangePenalty = 0.10
    static let forwardGapPenalty = 0.05
    static let legacy = 0.4
    static let noData = 0.1

    /// The confidence of the water balance's verdict, rounded to 0.01.
    static func waterBalance(_ run: WaterBalanceRun) -> Double {
        var confidence = waterBalanceBase * unit(run.lookBackCoverage)
        confidence -= hourlyOnlyPenalty * (1 - unit(run.quarterHourlyShare))
        confidence -= airDefaultPenalty * unit(run.airDefaultedShare)
        confidence -= radiationDefaultPenalty * unit(run.radiationDefaultedShare)
        confidence -= thresholdPenalty * nearness(run.filmAtSessionMm)
        let condition = TrackConditionModel.condition(filmMm: run.filmAtSessionMm.rounded(places: 3))
        if TrackConditionModel.condition(filmMm: run.forwardRangeMm.lowerBound) != condition
            || TrackConditionModel.condition(filmMm: run.forwardRangeMm.upperBound) != condition {
            confidence -= forwardChangePenalty
        }
        confidence -= forwardGapPenalty * (1 - unit(run.forwardCoverage))
        return unit(confidence).rounded(places: 2)
    }

    /// 1 on a class boundary, falling to 0 at `thresholdBand`× (or 1/`thresholdBand`×) of it; 0 for no film.
    static func nearness(_ filmMm: Double) -> Double {
        guard filmMm.isFinite, filmMm > 1e-6 else { return 0 }
        let distance = [TrackConditionModel.dampFilmMm, TrackConditionModel.wetFilmMm]
            .map { abs(log(filmMm / $0)) }
            .min() ?? .infinity
        return max(0, 1 - distance / log(thresholdBand))
    }

    /// `value` clamped to 0…1 (0 when not finite).
    private static func unit(_ value: Double) -> Double {
        value.isFinite ? min(1, max(0, value)) : 0
    }
}

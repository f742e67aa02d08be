import Foundation

/// The track condition at a session from the precipitation and the drying conditions around it (§2.9): a
/// surface-water balance (`WaterFilm`, `WaterFilmEvaporation`) run from 12 h before the session to 2 h after it.
///
/// - The film at the session time decides: `wet` from 0.10 mm, `damp` from 0.01 mm, else `dry`.
/// - The 2 h after the session do not change the verdict; a boundary crossed in them lowers the confidence
///   (`AssessmentConfidence`).
/// - When less than `minimumCoverage` of the look-back has known precipitation, the legacy thresholds on the
///   session hour's precipitation decide instead (`LegacyPrecipitationThresholds`), and with no precipitation at
///   all the answer is `dry` with a confidence of 0.1.
///
/// Pure: the same series and instant always give the same assessment; any input, including NaN and infinities,
/// gives finite numbers.
public enum TrackConditionModel {
    /// How far back rain is accounted for.
    public static let lookBack: TimeInterval = 12 * 3_600
    /// How far after the session the film is followed.
    public static let lookAhead: TimeInterval = 2 * 3_600
    /// A film at least this deep is `wet`, mm.
    public static let wetFilmMm = 0.10
    /// A film at least this deep (and under `wetFilmMm`) is `damp`, mm.
    public static let dampFilmMm = 0.01
    /// The share of the look-back whose precipitation must be known for the water balance to run.
    public static let minimumCoverage = 0.75

    /// The assessment of the track at `at` from `series`.
    public static func assess(_ series: PrecipitationSeries, at: Date) -> TrackAssessment {
        guard at.timeIntervalSince1970.isFinite else { return LegacyPrecipitationThresholds.noData }
        let run = WaterBalanceRun.run(series, session: at, lookBack: lookBack, lookAhead: lookAhead)
        guard run.lookBackCoverage >= minimumCoverage, run.filmAtSessionMm.isFinite else {
            return LegacyPrecipitationThresholds.assess(series, at: at)
        }
        // Classified as reported (to the micrometre), so the stored film and condition never disagree.
        let film = run.filmAtSessionMm.rounded(places: 3)
        return TrackAssessment(condition: condition(filmMm: film), surfaceWaterMm: film,
                               confidence: AssessmentConfidence.waterBalance(run), method: .waterBalance)
    }

    /// The class of a film `filmMm` deep.
    public static func condition(filmMm: Double) -> TrackCondition {
        guard filmMm.isFinite else { return .dry }
        if filmMm >= wetFilmMm { return .wet }
        if filmMm >= dampFilmMm { return .damp }
        return .dry
    }
}

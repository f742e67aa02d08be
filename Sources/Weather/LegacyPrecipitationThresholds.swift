import Foundation

/// The fallback of §2.9 when the precipitation series cannot feed the water balance: the session hour's
/// precipitation alone. `wet` from `wetMm` (0.5 mm in the hour: steady rain keeps the texture flooded), `damp` from
/// `dampMm` (0.1 mm, Open-Meteo's resolution: any measurable rain), else `dry`.
enum LegacyPrecipitationThresholds {
    static let wetMm = 0.5
    static let dampMm = 0.1

    /// The condition from the precipitation of the hour nearest `session` (within 90 minutes); `noData` when there
    /// is none.
    static func assess(_ series: PrecipitationSeries, at session: Date) -> TrackAssessment {
        var nearest: (distance: TimeInterval, millimetres: Double)?
        for hour in series.hourly {
            guard let amount = hour.precipitationMm, amount.isFinite, amount >= 0, amount < RainfallTimeline.implausibleMm else { continue }
            let distance = abs(hour.time.timeIntervalSince(session))
            guard distance <= 5_400, distance < nearest?.distance ?? .infinity else { continue }
            nearest = (distance, amount)
        }
        guard let amount = nearest?.millimetres else { return noData }
        let condition: TrackCondition = amount >= wetMm ? .wet : amount >= dampMm ? .damp : .dry
        return TrackAssessment(condition: condition, surfaceWaterMm: nil, confidence: AssessmentConfidence.legacy,
                               method: .precipitationThreshold)
    }

    /// Nothing known: `dry` (the §4.2 default) with the lowest confidence.
    static let noData = TrackAssessment(condition: .dry, surfaceWaterMm: nil, confidence: AssessmentConfidence.noData,
                                        method: .noData)
}

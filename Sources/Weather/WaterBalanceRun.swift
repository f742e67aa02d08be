import Foundation

/// One integration of the water film from 12 h before a session to 2 h after it, in 15-minute steps, with what it
/// knew and what it had to assume.
struct WaterBalanceRun: Sendable, Equatable {
    /// The film at the session time, mm.
    var filmAtSessionMm: Double
    /// The thinnest and thickest film of the 2 h after the session, mm.
    var forwardRangeMm: ClosedRange<Double>
    /// Share of the look-back steps whose precipitation was known.
    var lookBackCoverage: Double
    /// Share of the known look-back steps read from 15-minute data (the rest spread hourly sums evenly).
    var quarterHourlyShare: Double
    /// Share of the forward steps whose precipitation was known.
    var forwardCoverage: Double
    /// Share of all steps whose temperature, humidity or wind was a default.
    var airDefaultedShare: Double
    /// Share of all steps whose radiation or cloud cover was a default.
    var radiationDefaultedShare: Double

    static let step: TimeInterval = 15 * 60

    /// Integrates `series` over `lookBack` seconds before `session` and `lookAhead` after it. A step whose
    /// precipitation is unknown gets none (and counts against the coverage).
    static func run(_ series: PrecipitationSeries, session: Date, lookBack: TimeInterval, lookAhead: TimeInterval) -> WaterBalanceRun {
        let quarterHourly = RainfallTimeline(series.quarterHourly, length: 15 * 60)
        let hourly = RainfallTimeline(series.hourly.map { PrecipitationSample(time: $0.time, millimetres: $0.precipitationMm) },
                                      length: 3_600)
        let backSteps = Int((lookBack / step).rounded())
        let forwardSteps = Int((lookAhead / step).rounded())
        var film = WaterFilm()
        var filmAtSession = 0.0
        var forwardLow = Double.infinity
        var forwardHigh = 0.0
        var known = (back: 0, quarter: 0, forward: 0)
        var defaulted = (air: 0, radiation: 0)
        for index in 0..<(backSteps + forwardSteps) {
            if index == backSteps { filmAtSession = film.depthMm }
            let start = session.addingTimeInterval(Double(index - backSteps) * step)
            let end = start.addingTimeInterval(step)
            let fromQuarters = quarterHourly.amount(from: start, to: end)
            let rain = fromQuarters ?? hourly.amount(from: start, to: end)
            if rain != nil {
                if index < backSteps {
                    known.back += 1
                    if fromQuarters != nil { known.quarter += 1 }
                } else {
                    known.forward += 1
                }
            }
            let conditions = DryingConditions.at(start.addingTimeInterval(step / 2), in: series.hourly)
            if conditions.airDefaulted { defaulted.air += 1 }
            if conditions.radiationDefaulted { defaulted.radiation += 1 }
            film.advance(duration: step, rainMm: rain ?? 0,
                         evaporationMmPerHour: WaterFilmEvaporation.rateMmPerHour(conditions))
            if index >= backSteps {
                forwardLow = min(forwardLow, film.depthMm)
                forwardHigh = max(forwardHigh, film.depthMm)
            }
        }
        if forwardSteps == 0 { filmAtSession = film.depthMm }
        if !forwardLow.isFinite { forwardLow = filmAtSession; forwardHigh = filmAtSession }
        let total = Double(max(1, backSteps + forwardSteps))
        return WaterBalanceRun(
            filmAtSessionMm: filmAtSession,
            forwardRangeMm: min(forwardLow, forwardHigh)...forwardHigh,
            lookBackCoverage: backSteps > 0 ? Double(known.back) / Double(backSteps) : 1,
            quarterHourlyShare: known.back > 0 ? Double(known.quarter) / Double(known.back) : 0,
            forwardCoverage: forwardSteps > 0 ? Double(known.forward) / Double(forwardSteps) : 1,
            airDefaultedShare: Double(defaulted.air) / total,
            radiationDefaultedShare: Double(defaulted.radiation) / total)
    }
}

import Foundation

/// The GET request for one session (§2.9): the previous UTC day and the session's UTC day, hourly and 15-minute
/// variables, times in UTC.
struct OpenMeteoRequest: Sendable, Equatable {
    var api: OpenMeteoAPI
    var latitude: Double
    var longitude: Double
    var startDate: CivilDate
    var endDate: CivilDate

    /// The request for `query` when it is `now`; nil when the query's date is not a real day (years 2…9999).
    init?(query: WeatherQuery, now: Date) {
        guard let sessionDay = CivilDate(utcDayOf: query.date), sessionDay.year > 1 else { return nil }
        api = OpenMeteoAPI.choose(session: query.date, now: now)
        latitude = query.latitude
        longitude = query.longitude
        startDate = sessionDay.adding(days: -1)
        endDate = sessionDay
    }

    /// The query items, in a fixed order.
    var queryItems: [(String, String)] {
        [("latitude", Self.coordinate(latitude)),
         ("longitude", Self.coordinate(longitude)),
         ("start_date", startDate.iso),
         ("end_date", endDate.iso),
         ("hourly", OpenMeteoHourly.variables.joined(separator: ",")),
         ("minutely_15", OpenMeteoQuarterHourly.variables.joined(separator: ",")),
         ("timezone", "UTC")]
    }

    /// The full URL on `forecastBaseURL` or `archiveBaseURL` (a trailing slash of the base is dropped).
    func url(forecastBaseURL: String, archiveBaseURL: String) -> String {
        var base = api == .forecast ? forecastBaseURL : archiveBaseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base + api.path + "?" + queryItems.map { "\($0)=\($1)" }.joined(separator: "&")
    }

    /// Degrees with at most 4 decimals (about 10 m, finer than the weather grid). Swift's shortest representation
    /// has no exponent from 0.0001 up, so none appears.
    static func coordinate(_ degrees: Double) -> String {
        String(degrees.rounded(places: 4) + 0) // + 0 turns −0.0 into 0.0
    }
}

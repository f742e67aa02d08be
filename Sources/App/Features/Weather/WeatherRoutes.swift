import Hummingbird
import Storage
import Weather

/// Session weather and the weather lookup (platform.md §2.9, §4.4).
enum WeatherRoutes {
    static func routes(weather: WeatherService, sessions: SessionService, located session: ResourceLocator<SessionRecord>) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/sessions/{session_id}/weather", on: session, tag: "Weather",
                      summary: "The session's weather (looked up now when not stored yet; null when unavailable)",
                      docs: WeatherDocs.sessionWeather) { _, _, record in
                try JSONCoding.response(SessionWeatherResponse(session_id: record.sessionID, weather: try await weather.current(record)))
            },
            RouteSpec(.post, "/api/sessions/backfill-weather", on: .account, tag: "Weather",
                      summary: "Look up the weather of every one of the caller's sessions that has none", docs: WeatherDocs.backfill) {
                _, _, caller in
                try JSONCoding.response(try await weather.backfill(try await sessions.list(OwnerScope(userID: caller.id))))
            },
            RouteSpec(.patch, "/api/sessions/{session_id}/track-condition", on: session, tag: "Weather",
                      summary: "Set the track condition by hand (null: back to the weather's)", docs: WeatherDocs.trackCondition) {
                request, context, record in
                let condition = try await TrackConditionBody.read(request, context: context)
                let current = try await weather.setCondition(condition, of: record)
                await sessions.inputsChanged([record.sessionID])
                return try JSONCoding.response(TrackConditionResponse(track_condition: current.track_condition,
                                                                      track_condition_is_manual: current.track_condition_is_manual))
            },
            RouteSpec(.post, "/api/equipment/weather/lookup", on: .account, tag: "Weather",
                      summary: "Weather at a place and UTC hour of a day", docs: WeatherDocs.lookup) { request, context, _ in
                let query = try await WeatherLookupBody.read(request, context: context)
                guard let conditions = await weather.provider?.weather(for: query) else {
                    return try JSONCoding.response(WeatherLookupResponse(conditions: nil, message: "Weather data unavailable"))
                }
                return try JSONCoding.response(WeatherLookupResponse(conditions: conditions, message: nil))
            },
        ]
    }
}

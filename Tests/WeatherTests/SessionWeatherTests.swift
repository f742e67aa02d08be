import Foundation
import Testing
import Weather

/// The weather object's JSON is the §2.5 shape.
@Suite struct SessionWeatherTests {
    @Test func encodesEveryKeyOfTheSnapshotShape() throws {
        let weather = SessionWeather(track_condition: "dry", ambient_temp_c: 21.4, humidity_pct: 48, wind_speed_kmh: 11.2,
                                     wind_direction_deg: 240, precipitation_mm: 0, surface_water_mm: 0,
                                     weather_source: "open-meteo", weather_confidence: 0.9, dew_point_c: 9.8)
        let data = try JSONEncoder().encode(weather)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["track_condition", "ambient_temp_c", "track_temp_c", "humidity_pct", "wind_speed_kmh",
                                     "wind_direction_deg", "precipitation_mm", "surface_water_mm", "weather_source",
                                     "weather_confidence", "dew_point_c", "track_condition_is_manual", "timezone_name"])
        #expect(object["track_temp_c"] is NSNull && object["timezone_name"] is NSNull)
        #expect(object["track_condition_is_manual"] as? Bool == false)
        #expect(try JSONDecoder().decode(SessionWeather.self, from: data) == weather)
    }

    @Test func nonFiniteNumbersBecomeNull() throws {
        let weather = SessionWeather(track_condition: "wet", ambient_temp_c: .nan, humidity_pct: .infinity, dew_point_c: -.infinity)
        #expect(weather.ambient_temp_c == nil && weather.humidity_pct == nil && weather.dew_point_c == nil)
        _ = try JSONEncoder().encode(weather) // would throw on a NaN
    }

    @Test func readsAShortenedStoredObject() throws {
        let stored = #"{"ambient_temp_c": 24.0, "humidity_pct": 45, "precipitation_mm": 0}"#
        let weather = try JSONDecoder().decode(SessionWeather.self, from: Data(stored.utf8))
        #expect(weather.track_condition == "dry" && weather.track_condition_is_manual == false)
        #expect(weather.ambient_temp_c == 24 && weather.humidity_pct == 45)
    }
}

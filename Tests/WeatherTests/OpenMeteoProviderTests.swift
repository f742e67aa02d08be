import Foundation
import Logging
import TestSupport
import Testing
import Weather

/// The Open-Meteo client against a stub server on 127.0.0.1: what it asks, what it reads, and that every failure is
/// nil.
@Suite struct OpenMeteoProviderTests {
    /// A session at 10:20 UTC on 22 Feb 2026 at Barber; the answer covers 21–22 Feb.
    static let session = Instants.utc(2026, 2, 22, 10, 20)
    static let query = WeatherQuery(latitude: 33.53, longitude: -86.62, date: session)
    static let fixture = OpenMeteoFixture(firstDay: "2026-02-21")

    @Test func validAnswerIsReadAtTheNearestHour() async throws {
        try await StubOpenMeteoServer.run { stub in
            await stub.enqueue(Self.fixture.reply)
            let weather = try #require(await stub.provider(now: Instants.utc(2026, 2, 24)).weather(for: Self.query))
            // 10:20 is nearest 10:00 of the 22nd: row 24 + 10 = 34.
            #expect(weather.ambient_temp_c == 10 + 34 * 0.25)
            #expect(weather.humidity_pct == 74)
            #expect(weather.wind_speed_kmh == 22)
            #expect(weather.wind_direction_deg == Double(34 * 7 % 360))
            #expect(weather.dew_point_c == 2 + 34 * 0.1)
            #expect(weather.track_temp_c == 8 + 34 * 0.3)
            #expect(weather.precipitation_mm == 0)
            #expect(weather.track_condition == "dry")
            #expect(weather.surface_water_mm == 0)
            #expect(weather.weather_source == "open-meteo")
            #expect(weather.track_condition_is_manual == false)
            #expect(weather.timezone_name == nil)
            let confidence = try #require(weather.weather_confidence)
            #expect(confidence > 0.5 && confidence <= 1)

            let requests = await stub.requests()
            try #require(requests.count == 1)
            #expect(requests[0].method == "GET")
            #expect(requests[0].path == "/v1/forecast")
            let items = requests[0].queryItems
            #expect(items["latitude"] == "33.53")
            #expect(items["longitude"] == "-86.62")
            #expect(items["start_date"] == "2026-02-21")
            #expect(items["end_date"] == "2026-02-22")
            #expect(items["timezone"] == "UTC")
            #expect(items["hourly"] == "temperature_2m,relative_humidity_2m,wind_speed_10m,wind_direction_10m,rain,showers,"
                        + "direct_radiation,dew_point_2m,cloud_cover,soil_temperature_0cm")
            #expect(items["minutely_15"] == "rain,showers")
        }
    }

    @Test(arguments: [(40, 11), (30, 10), (29, 10), (0, 10)])
    func nearestHourOfTheSession(minute: Int, expectedHour: Int) async throws {
        try await StubOpenMeteoServer.run { stub in
            await stub.enqueue(Self.fixture.reply)
            let query = WeatherQuery(latitude: 33.53, longitude: -86.62, date: Instants.utc(2026, 2, 22, 10, minute))
            let weather = try #require(await stub.provider(now: Instants.utc(2026, 2, 24)).weather(for: query))
            #expect(weather.ambient_temp_c == 10 + Double(24 + expectedHour) * 0.25, "a tie goes to the earlier hour")
        }
    }

    @Test func sessionHourPrecipitationIsRainPlusShowers() async throws {
        var fixture = Self.fixture
        fixture.rain = { $0 == 34 ? 1.2 : 0 }
        fixture.showers = { $0 == 34 ? 0.5 : ($0 == 35 ? 3 : 0) }
        fixture.quarterHourlyRain = nil
        fixture.cloudCover = { _ in 100 }
        fixture.humidity = { _ in 95 }
        fixture.dewPoint = { _ in nil }
        try await StubOpenMeteoServer.run { [fixture] stub in
            await stub.enqueue(fixture.reply)
            let weather = try #require(await stub.provider(now: Instants.utc(2026, 2, 24)).weather(for: Self.query))
            #expect(weather.precipitation_mm == 1.7)
            #expect(weather.track_condition == "wet", "1.7 mm fell in the hour before 10:00, on a saturated overcast day")
            #expect((weather.surface_water_mm ?? 0) >= 0.1)
        }
    }

    @Test func forecastUpToSixteenDaysThenArchive() async throws {
        try await StubOpenMeteoServer.run { stub in
            let cases: [(now: Date, path: String)] = [
                (Instants.utc(2026, 2, 22, 10, 20), "/v1/forecast"),   // same moment
                (Instants.utc(2026, 3, 10, 10, 20), "/v1/forecast"),   // exactly 16 days
                (Instants.utc(2026, 3, 10, 11, 20), "/v1/archive"),    // 16 days and an hour
                (Instants.utc(2027, 1, 1), "/v1/archive"),
                (Instants.utc(2026, 2, 1), "/v1/forecast"),            // a future session
            ]
            for (now, _) in cases {
                await stub.enqueue(Self.fixture.reply)
                #expect(await stub.provider(now: now).weather(for: Self.query) != nil)
            }
            let requests = await stub.requests()
            #expect(requests.map(\.path) == cases.map(\.path))
            for request in requests {
                #expect(request.queryItems["start_date"] == "2026-02-21" && request.queryItems["end_date"] == "2026-02-22")
            }
        }
    }

    @Test(arguments: [
        "{}",
        #"{"hourly": {"time": [], "temperature_2m": [], "rain": []}}"#,
        #"{"hourly": {"time": ["2026-02-22T10:00"], "temperature_2m": [null], "relative_humidity_2m": [null]}}"#,
        #"{"hourly": {"time": ["2026-02-20T10:00"], "temperature_2m": [12.0]}}"#,
    ])
    func emptyAnswerIsNil(_ body: String) async throws {
        try await StubOpenMeteoServer.run { stub in
            await stub.enqueue(.http(status: 200, body: body))
            #expect(await stub.provider(now: Instants.utc(2026, 2, 24)).weather(for: Self.query) == nil)
            #expect(await stub.requests().count == 1)
        }
    }

    @Test(arguments: [500, 502, 400, 429, 404])
    func errorStatusIsNil(_ status: Int) async throws {
        try await StubOpenMeteoServer.run { stub in
            // Open-Meteo's own error shape, with otherwise usable data alongside.
            await stub.enqueue(.http(status: status, body: #"{"error": true, "reason": "stub \#(status)"}"#))
            #expect(await stub.provider(now: Instants.utc(2026, 2, 24)).weather(for: Self.query) == nil)
        }
    }

    @Test func timeoutIsNilWithinAboutTheTimeout() async throws {
        try await StubOpenMeteoServer.run { stub in
            await stub.enqueue(.delayed(.seconds(5), Self.fixture.reply))
            let provider = stub.provider(now: Instants.utc(2026, 2, 24), timeout: .milliseconds(400))
            let clock = ContinuousClock()
            let start = clock.now
            let weather = await provider.weather(for: Self.query)
            let elapsed = clock.now - start
            #expect(weather == nil)
            #expect(elapsed >= .milliseconds(350))
            #expect(elapsed < .milliseconds(1_500), "gave up after \(elapsed)")
        }
    }

    @Test(arguments: [
        #"{"hourly": {"time": ["2026-02-22T10:00"], "temperature_2m": [12.0"#,
        "this is not json",
        #"{"hourly": {"time": "2026-02-22T10:00", "temperature_2m": 12.0}}"#,
        #"{"hourly": {"time": ["2026-02-22T10:00"], "temperature_2m": ["warm"]}}"#,
        #"[1, 2, 3]"#,
    ])
    func malformedAnswerIsNil(_ body: String) async throws {
        try await StubOpenMeteoServer.run { stub in
            await stub.enqueue(.http(status: 200, body: body))
            #expect(await stub.provider(now: Instants.utc(2026, 2, 24)).weather(for: Self.query) == nil)
        }
    }

    @Test func unreachableServerIsNil() async throws {
        // Port 1 on the loopback: nothing listens. That the lookup gives up at its deadline rather than waiting for the
        // client's own connect retries is DeadlineTests' (wall-clock bounds are not asserted in tests).
        let provider = OpenMeteoProvider(forecastBaseURL: "http://127.0.0.1:1", archiveBaseURL: "http://127.0.0.1:1",
                                         timeout: .milliseconds(500),
                                         logger: Logger(label: "quiet") { _ in SwiftLogNoOpLogHandler() })
        #expect(await provider.weather(for: Self.query) == nil)
    }

    @Test(arguments: [(91.0, 0.0), (0.0, 181.0), (Double.nan, 0.0), (0.0, Double.infinity)])
    func invalidCoordinatesAskNothing(latitude: Double, longitude: Double) async throws {
        try await StubOpenMeteoServer.run { stub in
            await stub.enqueue(Self.fixture.reply)
            let query = WeatherQuery(latitude: latitude, longitude: longitude, date: Self.session)
            #expect(await stub.provider(now: Instants.utc(2026, 2, 24)).weather(for: query) == nil)
            #expect(await stub.requests().isEmpty)
        }
    }

    @Test func unixTimeAndMissingQuarterHoursAreRead() async throws {
        let base = Instants.utc(2026, 2, 21).timeIntervalSince1970
        let times = (0..<48).map { Int(base) + $0 * 3_600 }
        let body = #"{"hourly": {"time": \#(times), "temperature_2m": \#((0..<48).map { Double($0) }), "rain": \#([Double](repeating: 0, count: 48))}}"#
        try await StubOpenMeteoServer.run { stub in
            await stub.enqueue(.http(status: 200, body: body))
            let weather = try #require(await stub.provider(now: Instants.utc(2026, 2, 24)).weather(for: Self.query))
            #expect(weather.ambient_temp_c == 34)
            #expect(weather.humidity_pct == nil && weather.dew_point_c == nil && weather.track_temp_c == nil)
            #expect(weather.track_condition == "dry")
            #expect((weather.weather_confidence ?? 1) < 0.8, "drying inputs were all defaults")
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Storage
import TestSupport
import Weather
@testable import App

/// Session weather through a stub Open-Meteo server on 127.0.0.1 (platform.md §2.9, §4.4): looked up in the
/// background at upload and stored once; failures leave weather null and never fail anything.
@Suite struct WeatherAPITests {
    /// Barber 2026-02-15 starts at 17:03 UTC: the answer's hour index 24 + 17.
    static let sessionHour = 41

    static func withWeather(_ body: @Sendable @escaping (TestAPI, StubOpenMeteoServer) async throws -> Void) async throws {
        try await StubOpenMeteoServer.run { stub in
            try await withTestApp(configure: {
                $0.weather.enabled = true
                $0.weather.forecastBaseURL = stub.baseURL
                $0.weather.archiveBaseURL = stub.baseURL
                $0.weather.timeoutSeconds = 10  // the stub answers at once; a loaded CI machine must not turn that into a timeout
                $0.weather.backfillStartDelaySeconds = 3600  // the background pass would count lookups of its own
            }) { client, world in try await body(TestAPI(client: client, world: world), stub) }
        }
    }

    static func weather(_ api: TestAPI, _ id: String, as persona: TestWorld.Persona = .driverA) async throws -> SessionWeatherResponse {
        let response = try await api.send(.get, "/api/sessions/\(id)/weather", as: persona)
        #expect(response.status == .ok, "\(response.text)")
        return try response.decode(SessionWeatherResponse.self)
    }

    @Test func theUploadLooksTheWeatherUpOnceAndStoresIt() async throws {
        try await Self.withWeather { api, stub in
            await stub.enqueue(.http(status: 200, body: OpenMeteoAnswer(firstDay: "2026-02-14").json))
            let id = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            await api.world.app.weatherLookups.drain()
            let first = try await Self.weather(api, id)
            let again = try await Self.weather(api, id)
            let weather = try #require(first.weather)
            #expect(weather.ambient_temp_c == OpenMeteoAnswer.temperature(Self.sessionHour))
            #expect(weather.track_condition == "dry" && weather.weather_source == "open-meteo" && !weather.track_condition_is_manual)
            #expect(again.weather == weather)
            let requests = await stub.requests()
            #expect(requests.count == 1)
            let query = try #require(requests.first?.query)
            #expect(requests.first?.path == "/v1/archive" && query.contains("start_date=2026-02-14") && query.contains("end_date=2026-02-15"))
            #expect(query.contains("timezone=UTC") && query.contains("latitude=33.5"))
        }
    }

    @Test(arguments: ["500", "empty", "malformed"])
    func aFailingProviderLeavesWeatherNullAndCountsTheFailure(_ failure: String) async throws {
        try await Self.withWeather { api, stub in
            let reply: StubReply = switch failure {
            case "500": .status(500)
            case "empty": .http(status: 200, body: "{}")
            default: .http(status: 200, body: "{\"hourly\": [not json")
            }
            await stub.enqueue(reply, reply)
            let id = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            await api.world.app.weatherLookups.drain()
            #expect(try await Self.weather(api, id).weather == nil)
            let row = try await api.world.app.database.first("SELECT failures FROM session_weather WHERE session_id = $1", [.text(id)])
            #expect(try row?.int("failures") == 2)
        }
    }

    @Test func withoutAProviderWeatherIsNullAndNothingIsCalled() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let id = try await world.seed(TestPaths.intermediate, as: .driverA, client: client)
            #expect(try await Self.weather(api, id).weather == nil)
            let lookup = try await api.send(.post, "/api/equipment/weather/lookup", as: .driverA,
                                            json: ["lat": 33.53, "lon": -86.62, "session_date": "2026-02-15", "hour": 17])
            #expect(lookup.text == #"{"conditions":null,"message":"Weather data unavailable"}"#)
        }
    }

    @Test func theTrackConditionIsSetByHandAndClearedByARefetch() async throws {
        try await Self.withWeather { api, stub in
            await stub.enqueue(.status(500))
            let id = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            await api.world.app.weatherLookups.drain()
            let early = try await api.send(.patch, "/api/sessions/\(id)/track-condition", as: .driverA, json: ["condition": "wet"])
            #expect(early.status == .conflict)
            await stub.enqueue(.http(status: 200, body: OpenMeteoAnswer(firstDay: "2026-02-14").json))
            _ = try await Self.weather(api, id)
            let wet = try await api.send(.patch, "/api/sessions/\(id)/track-condition", as: .driverA, json: ["condition": "wet"])
            #expect(wet.text == #"{"track_condition":"wet","track_condition_is_manual":true}"#)
            #expect(try await Self.weather(api, id).weather?.track_condition == "wet")
            let bad = try await api.send(.patch, "/api/sessions/\(id)/track-condition", as: .driverA, json: ["condition": "icy"])
            #expect(bad.status == .unprocessableContent)
            await stub.enqueue(.http(status: 200, body: OpenMeteoAnswer(firstDay: "2026-02-14").json))
            let cleared = try await api.send(.patch, "/api/sessions/\(id)/track-condition", as: .driverA, json: ["condition": NSNull()])
            #expect(cleared.text == #"{"track_condition":"dry","track_condition_is_manual":false}"#)
            let stale = try #require(try await SQLCoachingReportStore(database: api.world.app.database).report(sessionID: id, skillLevel: "intermediate"))
            #expect(stale.stale)
        }
    }

    @Test func backfillLooksUpTheCallersSessionsOnly() async throws {
        try await Self.withWeather { api, stub in
            await stub.enqueue(.status(500), .status(500))
            let a = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            _ = try await api.world.seed(TestPaths.novice, as: .driverB, client: api.client)
            await api.world.app.weatherLookups.drain()
            await stub.enqueue(.http(status: 200, body: OpenMeteoAnswer(firstDay: "2026-02-14").json))
            let result = try await api.send(.post, "/api/sessions/backfill-weather", as: .driverA).decode(BackfillResult.self)
            #expect(result == BackfillResult(backfilled: 1, skipped: 0, failed: 0, total: 1))
            let again = try await api.send(.post, "/api/sessions/backfill-weather", as: .driverA).decode(BackfillResult.self)
            #expect(again == BackfillResult(backfilled: 0, skipped: 1, failed: 0, total: 1))
            #expect(try await Self.weather(api, a).weather != nil)
        }
    }

    @Test func theLookupRouteAnswersConditionsOr422() async throws {
        try await Self.withWeather { api, stub in
            await stub.enqueue(.http(status: 200, body: OpenMeteoAnswer(firstDay: "2026-02-14").json))
            let found = try await api.send(.post, "/api/equipment/weather/lookup", as: .driverA,
                                           json: ["lat": 33.53, "lon": -86.62, "session_date": "2026-02-15", "hour": 17])
            #expect(found.status == .ok && found.text.contains(#""ambient_temp_c":20.25"#), "\(found.text)")
            for bad in [["lat": 33.5, "lon": -86.6, "session_date": "15/02/2026"], ["lat": 33.5, "lon": -86.6, "session_date": "2026-02-15", "hour": 24],
                        ["lat": 95, "lon": -86.6, "session_date": "2026-02-15"]] as [[String: Any]] {
                let response = try await api.send(.post, "/api/equipment/weather/lookup", as: .driverA, json: bad)
                #expect(response.status == .unprocessableContent && response.detail == "Invalid input data", "\(bad)")
            }
        }
    }

    /// The physics reads the surface: a wet track (here set by hand) leaves the tyre a quarter less grip, and the
    /// optimal lap is slower; the air density follows the looked-up temperature.
    @Test func aWetTrackSlowsTheOptimalLapOfASessionWithEquipment() async throws {
        struct Optimal: Decodable {
            struct Params: Decodable { let mu: Double; let surface_grip: Double?; let air_density_kg_m3: Double? }
            let lap_time_s: Double
            let vehicle_params: Params
        }
        try await Self.withWeather { api, stub in
            await stub.enqueue(.http(status: 200, body: OpenMeteoAnswer(firstDay: "2026-02-14").json))
            let id = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            await api.world.app.weatherLookups.drain()
            var body = TestAPI.profileBody(mu: 1.2)
            body["vehicle"] = try JSONSerialization.jsonObject(
                with: Data(try await api.send(.get, "/api/equipment/vehicles/Mazda/Miata?generation=NA", as: .anonymous).text.utf8))
            try await api.assignEquipment(try await api.equipmentProfile(body, as: .driverA), to: id, as: .driverA)
            let dry = try await api.send(.get, "/api/sessions/\(id)/optimal-profile", as: .driverA).decode(Optimal.self)
            #expect(try await api.send(.patch, "/api/sessions/\(id)/track-condition", as: .driverA, json: ["condition": "wet"]).status == .ok)
            let wet = try await api.send(.get, "/api/sessions/\(id)/optimal-profile", as: .driverA).decode(Optimal.self)
            #expect(dry.vehicle_params.mu == 1.2 && dry.vehicle_params.surface_grip == 1)
            #expect(abs(wet.vehicle_params.mu - 0.9) < 1e-9 && wet.vehicle_params.surface_grip == 0.75)
            #expect(wet.lap_time_s > dry.lap_time_s)
            let kelvin = OpenMeteoAnswer.temperature(Self.sessionHour) + 273.15
            #expect(abs((dry.vehicle_params.air_density_kg_m3 ?? 0) - 101_325 / (287.05 * kelvin)) < 1e-6)
        }
    }

    /// The list and the detail carry the assigned equipment and the weather (platform.md §2.4); a session without
    /// either keeps those fields null.
    @Test func theSessionListAndDetailShowTheEquipmentAndTheWeather() async throws {
        struct Item: Decodable {
            let session_id: String
            let tire_model: String?; let compound_category: String?; let equipment_profile_name: String?
            let weather_temp_c: Double?; let weather_condition: String?; let weather_humidity_pct: Double?
            let weather_wind_kmh: Double?; let weather_precipitation_mm: Double?
        }
        struct List: Decodable { let items: [Item] }
        try await Self.withWeather { api, stub in
            await stub.enqueue(.http(status: 200, body: OpenMeteoAnswer(firstDay: "2026-02-14").json))
            let id = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            await api.world.app.weatherLookups.drain()
            let bare = try await api.world.seed(TestPaths.novice, as: .driverA, client: api.client)
            try await api.assignEquipment(try await api.equipmentProfile(as: .driverA), to: id, as: .driverA)
            let items = try await api.send(.get, "/api/sessions", as: .driverA).decode(List.self).items
            let item = try #require(items.first { $0.session_id == id })
            let detail = try await api.send(.get, "/api/sessions/\(id)", as: .driverA).decode(Item.self)
            for shown in [item, detail] {
                #expect(shown.tire_model == "Test tyre 1.12" && shown.compound_category == "super_200tw")
                #expect(shown.equipment_profile_name == "Weekend setup")
                #expect(shown.weather_temp_c == OpenMeteoAnswer.temperature(Self.sessionHour) && shown.weather_condition == "dry")
                #expect(shown.weather_humidity_pct == 55 && shown.weather_wind_kmh == 12 && shown.weather_precipitation_mm == 0)
            }
            let other = try #require(items.first { $0.session_id == bare })
            #expect(other.tire_model == nil && other.equipment_profile_name == nil && other.weather_condition == nil)
        }
    }

    @Test func theCoachIsToldTheWeatherAndTheTyre() async throws {
        try await Self.withWeather { api, stub in
            await stub.enqueue(.http(status: 200, body: OpenMeteoAnswer(firstDay: "2026-02-14", rain: { $0 >= 38 ? 4 : 0 }).json))
            let id = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            await api.world.app.weatherLookups.drain()
            let profile = try await api.equipmentProfile(as: .driverA)
            try await api.assignEquipment(profile, to: id, as: .driverA)
            let source = SessionSetupSource(store: SQLSessionSetupStore(database: api.world.app.database))
            let context = try #require(try await source.setup(sessionID: id).coachingContext)
            #expect(context.trackCondition == "wet" && context.compoundCategory == "super_200tw" && context.tireModel == "Test tyre 1.12")
            #expect(context.ambientTempC == OpenMeteoAnswer.temperature(Self.sessionHour))
        }
    }
}

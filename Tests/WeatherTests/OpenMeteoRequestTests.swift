import Foundation
import Testing
@testable import Weather

/// The request's URL and the answer's time format, without a server.
@Suite struct OpenMeteoRequestTests {
    @Test func previousDayCrossesYearAndLeapDay() throws {
        let newYear = try #require(OpenMeteoRequest(query: WeatherQuery(latitude: 52.07, longitude: -1.02,
                                                                        date: Instants.utc(2026, 1, 1, 0, 10)),
                                                    now: Instants.utc(2026, 1, 2)))
        #expect(newYear.startDate.iso == "2025-12-31" && newYear.endDate.iso == "2026-01-01")
        let leap = try #require(OpenMeteoRequest(query: WeatherQuery(latitude: 0, longitude: 0, date: Instants.utc(2024, 3, 1, 23, 59)),
                                                 now: Instants.utc(2026, 1, 1)))
        #expect(leap.startDate.iso == "2024-02-29" && leap.api == .archive)
    }

    @Test func urlOnEachBase() throws {
        let request = try #require(OpenMeteoRequest(query: WeatherQuery(latitude: 33.532112, longitude: -86.619403,
                                                                        date: Instants.utc(2026, 2, 22, 10)),
                                                    now: Instants.utc(2026, 2, 23)))
        let url = request.url(forecastBaseURL: "https://api.example//", archiveBaseURL: "https://archive.example")
        #expect(url == "https://api.example/v1/forecast?latitude=33.5321&longitude=-86.6194&start_date=2026-02-21"
                + "&end_date=2026-02-22&hourly=temperature_2m,relative_humidity_2m,wind_speed_10m,wind_direction_10m,"
                + "rain,showers,direct_radiation,dew_point_2m,cloud_cover,soil_temperature_0cm"
                + "&minutely_15=rain,showers&timezone=UTC")
    }

    @Test func coordinates() {
        #expect(OpenMeteoRequest.coordinate(33.53) == "33.53")
        #expect(OpenMeteoRequest.coordinate(-0.00001) == "0.0")
        #expect(OpenMeteoRequest.coordinate(0.0001) == "0.0001")
        #expect(OpenMeteoRequest.coordinate(-180) == "-180.0")
    }

    @Test func datesOutsideTheCalendarAskNothing() {
        for date in [Date(timeIntervalSince1970: 1e15), Date.distantPast, Date(timeIntervalSince1970: .nan), Date(timeIntervalSince1970: -.infinity)] {
            #expect(OpenMeteoRequest(query: WeatherQuery(latitude: 1, longitude: 1, date: date), now: Date()) == nil)
        }
    }

    @Test func answerTimes() {
        #expect(OpenMeteoTime.parse("2026-02-22T10:00") == Instants.utc(2026, 2, 22, 10))
        #expect(OpenMeteoTime.parse("2026-02-22T10:15:30Z") == Instants.utc(2026, 2, 22, 10, 15, 30))
        #expect(OpenMeteoTime.parse("2026-02-30T10:00") == nil)
        #expect(OpenMeteoTime.parse("2026-02-22 10:00") == nil)
        #expect(OpenMeteoTime.parse("2026-02-22T24:00") == nil)
    }
}

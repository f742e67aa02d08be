import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import Storage
import TelemetryCore
import TestSupport

@Suite struct SessionsAPITests {
    static let stem = TestPaths.intermediate

    @Test func uploadGivesExactLapsAgainstGroundTruth() async throws {
        try await withTestApp { client, world in
            // given
            let truth = try FixtureTruth(Self.stem)
            // when
            let ids = try await TestAPI(client: client, world: world).upload([Self.stem], as: .driverA).decode(UploadResponse.self).session_ids
            let id = try #require(ids.first)
            let laps = try await client.execute(uri: "/api/sessions/\(id)/laps", method: .get, headers: world.headers(.driverA))
            // then
            let list = try laps.decode([LapSummary].self)
            #expect(list.count == truth.lapTimes.count)
            // The truth's own crossing times on the exported positions (lap_time_gps_s) differ from the true lap
            // times by up to 0.021 s (fixtures README: "within about 0.03 s"); measure against both.
            for lap in list {
                let number = lap.lapNumber
                let measured = lap.lapTimeS
                #expect(abs(measured - (truth.gpsLapTimes[number] ?? 0)) <= 0.002, "lap \(number) vs lap_time_gps_s")
                #expect(abs(measured - (truth.lapTimes[number] ?? 0)) <= 0.03, "lap \(number) vs lap_time_s")
            }
            #expect(list.first?.lapNumber == truth.bestLap)
            let detail = try await client.execute(uri: "/api/sessions/\(id)", method: .get, headers: world.headers(.driverA))
            let summary = try detail.decode(SessionSummary.self)
            #expect(summary.track_name == truth.trackName)
            #expect(abs((summary.best_lap_time_s ?? 0) - truth.bestLapTime) <= 0.01)
            let shape = try detail.decode(JSONShape.self)
            #expect(shape.keys.contains("session_score") && shape.nullKeys.contains("weather_temp_c"))
        }
    }

    @Test func reuploadIsADuplicateNotACopy() async throws {
        try await withTestApp { client, world in
            let bytes = try Upload.fixtureBytes(Self.stem)
            let first = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                 headers: world.headers(.driverA, Upload.contentType), body: Upload.body([("a.csv", bytes)]))
            let second = try await client.execute(uri: "/api/sessions/upload", method: .post,
                                                  headers: world.headers(.driverA, Upload.contentType), body: Upload.body([("b.csv", bytes)]))
            let firstID = try first.decode(UploadResponse.self).session_ids
            let again = try second.decode(UploadResponse.self)
            #expect(again.session_ids == firstID)
            #expect(again.files.first?.duplicate == true)
            let list = try await client.execute(uri: "/api/sessions", method: .get, headers: world.headers(.driverA))
            #expect(try list.decode(SessionList.self).total == 1)
            // another driver uploading the same bytes gets their own session
            let other = try await TestAPI(client: client, world: world).upload([Self.stem], as: .driverB).decode(UploadResponse.self).session_ids
            #expect(other.count == 1 && other != firstID)
        }
    }

    @Test func otherUsersSeeNothing() async throws {
        try await withTestApp { client, world in
            // given
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            // when / then: driver B gets 404 on every session route, as if it did not exist
            for (method, uri) in [(HTTPRequest.Method.get, "/api/sessions/\(id)"), (.get, "/api/sessions/\(id)/laps"),
                                  (.get, "/api/sessions/\(id)/laps/3/data"), (.get, "/api/sessions/\(id)/laps/3/tags"),
                                  (.put, "/api/sessions/\(id)/laps/3/tags"), (.delete, "/api/sessions/\(id)")] {
                let response = try await client.execute(uri: uri, method: method, headers: world.headers(.driverB, [.contentType: "application/json"]),
                                                        body: method == .put ? ByteBuffer(string: "[\"traffic\"]") : nil)
                #expect(response.status == .notFound, "\(method) \(uri)")
                #expect(response.detail == "Session \(id) not found")
            }
            let listB = try await client.execute(uri: "/api/sessions", method: .get, headers: world.headers(.driverB))
            #expect(try listB.decode(SessionList.self).total == 0)
            let clearB = try await client.execute(uri: "/api/sessions/all/clear", method: .delete, headers: world.headers(.driverB))
            #expect(clearB.detail == nil)
            #expect(try clearB.decode(StatusResponse.self).message == "Deleted 0 session(s)")
            let stillThere = try await client.execute(uri: "/api/sessions/\(id)", method: .get, headers: world.headers(.driverA))
            #expect(stillThere.status == .ok)
        }
    }

    @Test func lapDataIsOnThe07mGrid() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let response = try await client.execute(uri: "/api/sessions/\(id)/laps/3/data", method: .get, headers: world.headers(.driverA))
            let data = try #require(response.json as? [String: Any])
            let distance = try #require(data["distance_m"] as? [Double])
            let speed = try #require(data["speed_mph"] as? [Double])
            #expect(data["lap_number"] as? Int == 3)
            #expect(distance.first == 0)
            #expect(abs(distance[1] - 0.7) < 1e-9 && abs(distance[100] - 70.0) < 1e-6)
            #expect(speed.count == distance.count)
            for key in ["lat", "lon", "heading_deg", "lateral_g", "longitudinal_g", "lap_time_s", "altitude_m"] {
                #expect((data[key] as? [Double])?.count == distance.count, "\(key)")
            }
            #expect(!response.text.contains("NaN") && !response.text.contains("Infinity"))
        }
    }

    /// Lap data is encoded once and kept beside the telemetry: a second read gives the same bytes from the cache,
    /// and the bytes are counted in (and evicted with) the session's cache entry.
    @Test func lapDataIsEncodedOnceAndKeptWithTheSession() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let telemetry = world.app.sessions.telemetry
            let before = await telemetry.totalBytes
            let first = try await client.execute(uri: "/api/sessions/\(id)/laps/3/data", method: .get, headers: world.headers(.driverA))
            let kept = try #require(await telemetry.response(id, key: "lap.3"))
            #expect(await telemetry.totalBytes == before + kept.budgetBytes)
            let second = try await client.execute(uri: "/api/sessions/\(id)/laps/3/data", method: .get, headers: world.headers(.driverA))
            #expect(first.body == kept.identity && second.body == kept.identity)
            await telemetry.evict(id)
            #expect(await telemetry.response(id, key: "lap.3") == nil)
            #expect(await telemetry.totalBytes == 0)
            let rebuilt = try await client.execute(uri: "/api/sessions/\(id)/laps/3/data", method: .get, headers: world.headers(.driverA))
            #expect(rebuilt.body == kept.identity)
        }
    }

    @Test(arguments: [("42", HTTPResponse.Status.notFound), ("three", .unprocessableContent)])
    func lapDataOfAnUnknownOrMalformedLapIsRefused(_ lap: String, _ status: HTTPResponse.Status) async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let response = try await client.execute(uri: "/api/sessions/\(id)/laps/\(lap)/data", method: .get, headers: world.headers(.driverA))
            #expect(response.status == status)
            if status == .notFound { #expect(response.detail == "Lap 42 not found in session \(id)") }
        }
    }

    static func putTags(_ body: String, lap: Int, session: String, client: any TestClientProtocol, world: TestWorld) async throws -> TestResponse {
        try await client.execute(uri: "/api/sessions/\(session)/laps/\(lap)/tags", method: .put,
                                 headers: world.headers(.driverA, [.contentType: "application/json"]), body: ByteBuffer(string: body))
    }

    /// A bare array and `{"tags": [...]}` are both accepted; tags come back sorted.
    @Test(arguments: [(#"["traffic","rain"]"#, ["rain", "traffic"]), (#"{"tags":["clean"]}"#, ["clean"])])
    func tagsAcceptBothShapes(_ body: String, _ stored: [String]) async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let response = try await Self.putTags(body, lap: 3, session: id, client: client, world: world)
            #expect(response.status == .ok)
            #expect(try response.decode(LapTags.self).tags == stored)
        }
    }

    @Test(arguments: [(#"["Not Valid!"]"#, "Invalid tag 'Not Valid!'"), (#"{"tags":"traffic"}"#, nil)] as [(String, String?)])
    func invalidTagsAre422(_ body: String, _ detail: String?) async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let response = try await Self.putTags(body, lap: 4, session: id, client: client, world: world)
            #expect(response.status == .unprocessableContent)
            if let detail { #expect(response.detail?.hasPrefix(detail) == true) }
        }
    }

    @Test func tagsOfAnUnknownLapAre404() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            #expect(try await Self.putTags("[]", lap: 77, session: id, client: client, world: world).status == .notFound)
        }
    }

    @Test func aTaggedLapIsNoLongerClean() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            _ = try await Self.putTags(#"["traffic","rain"]"#, lap: 3, session: id, client: client, world: world)
            let laps = try await client.execute(uri: "/api/sessions/\(id)/laps", method: .get, headers: world.headers(.driverA))
            let lap3 = try #require(try laps.decode([LapSummary].self).first { $0.lapNumber == 3 })
            #expect(lap3.isClean == false)
            #expect(lap3.tags == ["rain", "traffic"])
            let read = try await client.execute(uri: "/api/sessions/\(id)/laps/3/tags", method: .get, headers: world.headers(.driverA))
            #expect(read.headers[.cacheControl] == "no-cache")
        }
    }

    @Test func deleteRemovesEverything() async throws {
        try await withTestApp { client, world in
            let id = try await world.seed(Self.stem, as: .driverA, client: client)
            let deleted = try await client.execute(uri: "/api/sessions/\(id)", method: .delete, headers: world.headers(.driverA))
            #expect(try deleted.decode(StatusResponse.self).message == "Session \(id) deleted")
            let gone = try await client.execute(uri: "/api/sessions/\(id)", method: .get, headers: world.headers(.driverA))
            #expect(gone.status == .notFound)
            let rows = try await world.app.database.query("SELECT session_id FROM session_files")
            #expect(rows.isEmpty)
        }
    }
}

@Suite struct SessionRestartTests {
    @Test func restartKeepsSessionsAndTags() async throws {
        try await withTestApp { client, world in
            // given
            let id = try await world.seed("barber_2026-04-18_advanced", as: .driverA, client: client)
            _ = try await client.execute(uri: "/api/sessions/\(id)/laps/5/tags", method: .put,
                                         headers: world.headers(.driverA, [.contentType: "application/json"]),
                                         body: ByteBuffer(string: #"["traffic"]"#))
            // when
            try await world.restarted { fresh in
                let laps = try await fresh.execute(uri: "/api/sessions/\(id)/laps", method: .get, headers: world.headers(.driverA))
                let list = try laps.decode([LapSummary].self)
                // then
                #expect(list.count == 8)
                let lap5 = try #require(list.first { $0.lapNumber == 5 })
                #expect(lap5.tags == ["traffic"])
                #expect(lap5.isClean == false)
            }
        }
    }
}

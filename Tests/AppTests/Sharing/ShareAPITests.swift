import Foundation
import HTTPTypes
import HummingbirdTesting
import Storage
import Testing
@testable import App
import Logging
import TestSupport

/// The sharing flow (platform.md §6): create, metadata, public view, challenger upload, comparison, revoke.
@Suite struct ShareAPITests {
    @Test func ownerCreatesALinkThatIsStoredOnlyAsAHash() async throws {
        try await withTestApp { client, world in
            // given
            let api = ShareAPI(client: client, world: world)
            let session = try await world.seed(ShareAPI.novice, as: .driverA, client: client)
            // when
            let response = try await api.create(session, as: .driverA)
            // then
            #expect(response.status == .ok)
            let json = try #require(response.json as? [String: Any])
            let token = try #require(json["token"] as? String)
            #expect(token.count == 22 && token.range(of: "^[A-Za-z0-9_-]{22}$", options: .regularExpression) != nil)
            #expect(json["share_url"] as? String == "/share/\(token)")
            #expect(json["track_name"] as? String == "Barber Motorsports Park")
            let created = try #require(parseDate(json["created_at"]))
            let expires = try #require(parseDate(json["expires_at"]))
            #expect(expires.timeIntervalSince(created) == 7 * 24 * 3600)
            let rows = try await world.app.database.query("SELECT * FROM share_links")
            #expect(rows.count == 1)
            #expect(try rows[0].string("token_hash") == ShareTokenHash.of(token))
            for column in ["id", "token_hash", "owner_id", "session_id", "track_name"] {
                #expect(try rows[0].string(column) != token, "column \(column) holds the raw token")
            }
        }
    }

    @Test func metadataAndPublicViewNeedOnlyTheToken() async throws {
        try await withTestApp { client, world in
            // given
            let api = ShareAPI(client: client, world: world)
            let session = try await world.seed(ShareAPI.novice, as: .driverA, client: client)
            let token = try await world.shareLink(session, as: .driverA, client: client)
            let truth = try FixtureTruth(ShareAPI.novice)
            // when
            let metadata = try await api.get("/api/sharing/\(token)")
            let view = try await api.get("/api/sharing/\(token)/view")
            // then
            #expect(metadata.status == .ok)
            let meta = try #require(metadata.json as? [String: Any])
            #expect(meta["inviter_name"] as? String == "Driver-A")
            #expect(meta["is_expired"] as? Bool == false)
            let best = try #require(meta["best_lap_time_s"] as? Double)
            #expect(abs(best - (truth.summary["best_lap_time_s"] as! Double)) < 0.03)
            #expect(view.status == .ok)
            let body = try #require(view.json as? [String: Any])
            #expect(body["driver_name"] as? String == "Driver-A")
            #expect(body["n_laps"] as? Int != nil)
            let coords = try #require(body["track_coords"] as? [String: Any])
            let lat = try #require(coords["lat"] as? [Double])
            #expect(lat.count >= 300 && lat.count < 600, "fastest lap subsampled with step max(1, n/300)")
            #expect(lat.allSatisfy { abs($0 - 33.53) < 0.05 })
            let top = try #require(body["top_speed_mph"] as? Double)
            let truthTop = truth.laps.map { $0["max_speed_mps"] as! Double }.max()! * 2.23694
            #expect(abs(top - truthTop) < 2.0)
        }
    }

    @Test func aDriverWithoutANameIsShownAsADriverNeverByEmail() async throws {
        try await withTestApp { client, world in
            let api = ShareAPI(client: client, world: world)
            let session = try await world.seed(ShareAPI.novice, as: .driverA, client: client)
            let token = try await world.shareLink(session, as: .driverA, client: client)
            try await world.app.database.execute("UPDATE users SET name = $1", [.text("")])
            let metadata = try await api.get("/api/sharing/\(token)")
            let view = try await api.get("/api/sharing/\(token)/view")
            #expect((metadata.json as? [String: Any])?["inviter_name"] as? String == "A driver")
            #expect((view.json as? [String: Any])?["driver_name"] as? String == "A driver")
            #expect(!metadata.text.contains("@example.com") && !view.text.contains("@example.com"))
        }
    }

    @Test func unknownOrMalformedTokensAre404() async throws {
        try await withTestApp { client, world in
            let api = ShareAPI(client: client, world: world)
            for token in ["AAAAAAAAAAAAAAAAAAAAAA", "short", "not-a-token-but-long-enough-to-look"] {
                let response = try await api.get("/api/sharing/\(token)")
                #expect(response.status == .notFound, "\(token)")
                #expect(response.detail == "Share link not found")
                #expect(try await api.get("/api/sharing/\(token)/comparison").status == .notFound)
            }
        }
    }

    @Test func challengerUploadComparesAndTheComparisonStaysReadable() async throws {
        try await withTestApp { client, world in
            // given
            let api = ShareAPI(client: client, world: world)
            let session = try await world.seed(ShareAPI.novice, as: .driverA, client: client)
            let token = try await world.shareLink(session, as: .driverA, client: client)
            #expect(try await api.get("/api/sharing/\(token)/comparison").detail == "No comparison available yet")
            // when
            let upload = try await api.challenge(token, stem: ShareAPI.advanced)
            let again = try await api.get("/api/sharing/\(token)/comparison")
            // then
            #expect(upload.status == .ok, "\(upload.text.prefix(300))")
            let json = try #require(upload.json as? [String: Any])
            #expect(json["token"] as? String == token)
            #expect(json["session_a_id"] as? String == session)
            let challenger = try #require(json["session_b_id"] as? String)
            let a = try #require(json["session_a_best_lap"] as? Double)
            let b = try #require(json["session_b_best_lap"] as? Double)
            let truthA = try FixtureTruth(ShareAPI.novice).summary["best_lap_time_s"] as! Double
            let truthB = try FixtureTruth(ShareAPI.advanced).summary["best_lap_time_s"] as! Double
            #expect(abs(a - truthA) < 0.03 && abs(b - truthB) < 0.03)
            #expect(abs((json["delta_s"] as! Double) - (b - a)) < 0.01)
            for key in ["session_a_weather_condition", "session_a_weather_temp_c", "session_b_weather_condition",
                        "session_b_weather_temp_c"] {
                #expect(json[key] == nil, "\(key) must not be shown to a share-token holder")
            }
            #expect(again.status == .ok)
            #expect((again.json as? [String: Any])?["session_b_id"] as? String == challenger)
            let stored = try await world.app.database.query("SELECT report_json FROM share_comparisons")
            #expect(stored.count == 1)
            #expect(try !stored[0].string("report_json").contains(token), "the raw token must not be stored")
        }
    }

    @Test func theChallengerSessionIsUnreachableAndExpiresAfter24Hours() async throws {
        try await withTestApp { client, world in
            // given
            let api = ShareAPI(client: client, world: world)
            let session = try await world.seed(ShareAPI.novice, as: .driverA, client: client)
            let token = try await world.shareLink(session, as: .driverA, client: client)
            let upload = try await api.challenge(token, stem: ShareAPI.advanced)
            let challenger = try #require((upload.json as? [String: Any])?["session_b_id"] as? String)
            // when / then: never through the session routes, for anyone
            #expect(try await api.get("/api/sessions/\(challenger)").status == .unauthorized)
            for persona in [TestWorld.Persona.driverA, .driverB] {
                #expect(try await api.get("/api/sessions/\(challenger)", headers: world.headers(persona)).status == .notFound)
                #expect(try await api.get("/api/sessions/\(challenger)/corners", headers: world.headers(persona)).status == .notFound)
            }
            #expect(try await api.get("/api/sessions/\(challenger)", headers: world.shareHeaders(token)).status == .notFound)
            let listed = try await api.get("/api/sessions", headers: world.headers(.driverA))
            #expect(((listed.json as? [String: Any])?["items"] as? [[String: Any]])?.count == 1)
            // expiry: 24 h after upload the sweep deletes it; the comparison stays until the link expires
            let row = try #require(try await world.app.database.first(
                "SELECT created_at, expires_at, user_id, is_anonymous FROM sessions WHERE session_id = $1", [.text(challenger)]))
            #expect(try row.optionalString("user_id") == nil)
            #expect(try row.bool("is_anonymous"))
            #expect(try row.date("expires_at").timeIntervalSince(try row.date("created_at")) == 24 * 3600)
            let store = SQLSessionStore(database: world.app.database)
            func sweep(after hours: Double) async {
                await ExpiredSessionSweeper(sessions: store, rateLimits: SQLRateLimitStore(database: world.app.database),
                                            cache: SessionCache(capacityBytes: 1 << 20), logger: Logger(label: "test"),
                                            interval: .seconds(600), clock: { Date().addingTimeInterval(hours * 3600) }).sweep()
            }
            await sweep(after: 23)
            #expect(try await store.locate(id: challenger) != nil)
            await sweep(after: 25)
            #expect(try await store.locate(id: challenger) == nil)
            #expect(try await store.locate(id: session) != nil)
            let comparison = try await api.get("/api/sharing/\(token)/comparison")
            #expect(comparison.status == .ok)
        }
    }

    @Test func expiredLinksShowMetadataButRefuseUploadsAndComparisons() async throws {
        try await withTestApp { client, world in
            // given
            let api = ShareAPI(client: client, world: world)
            let session = try await world.seed(ShareAPI.novice, as: .driverA, client: client)
            let token = try await world.backdatedShareLink(session, as: .driverA, client: client)
            // when
            let metadata = try await api.get("/api/sharing/\(token)")
            let view = try await api.get("/api/sharing/\(token)/view")
            let upload = try await api.challenge(token, stem: ShareAPI.advanced)
            let comparison = try await api.get("/api/sharing/\(token)/comparison")
            // then
            #expect(metadata.status == .ok)
            #expect((metadata.json as? [String: Any])?["is_expired"] as? Bool == true)
            let body = try #require(view.json as? [String: Any])
            #expect(body["is_expired"] as? Bool == true)
            #expect(body["session_date"] as? String == "")
            #expect(body["best_lap_time_s"] is NSNull && body["track_coords"] is NSNull)
            #expect(upload.status == .gone && upload.detail == "Share link has expired")
            #expect(comparison.status == .gone)
            #expect(try await world.app.database.query("SELECT session_id FROM sessions").count == 1)
        }
    }

    @Test func aTrackMismatchIs400AndStoresNothing() async throws {
        try await withTestApp { client, world in
            let api = ShareAPI(client: client, world: world)
            let session = try await world.seed(ShareAPI.novice, as: .driverA, client: client)
            let token = try await world.shareLink(session, as: .driverA, client: client)
            var bytes = try Upload.fixtureBytes(ShareAPI.advanced)
            let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "Barber Motorsports Park", with: "Road Atlanta")
            bytes = Array(text.utf8)
            let response = try await client.execute(
                uri: "/api/sharing/\(token)/upload", method: .post, headers: Upload.contentType,
                body: Upload.body([(name: "other.csv", bytes: bytes)]))
            #expect(response.status == .badRequest, "\(response.text.prefix(200))")
            #expect(response.detail?.contains("different tracks") == true)
            #expect(try await world.app.database.query("SELECT session_id FROM sessions").count == 1)
            #expect(try await world.app.database.query("SELECT id FROM share_comparisons").isEmpty)
        }
    }

    @Test func challengerUploadsNeedExactlyOneNamedFile() async throws {
        try await withTestApp { client, world in
            let api = ShareAPI(client: client, world: world)
            let session = try await world.seed(ShareAPI.novice, as: .driverA, client: client)
            let token = try await world.shareLink(session, as: .driverA, client: client)
            let missing = try await client.execute(uri: "/api/sharing/\(token)/upload", method: .post, headers: Upload.contentType,
                                                   body: Upload.body([(name: "x.csv", bytes: [1])], field: "other"))
            #expect(missing.status == .unprocessableContent)
            let unnamed = try await client.execute(uri: "/api/sharing/\(token)/upload", method: .post, headers: Upload.contentType,
                                                   body: Upload.body([(name: nil, bytes: [1])]))
            #expect(unnamed.status == .unprocessableContent)
            let garbage = try await client.execute(uri: "/api/sharing/\(token)/upload", method: .post, headers: Upload.contentType,
                                                   body: Upload.body([(name: "x.csv", bytes: Array("not,a,csv\n".utf8))]))
            #expect(garbage.status == .unprocessableContent)
            #expect(garbage.detail?.hasPrefix("x.csv: ") == true)
            _ = api
        }
    }

    @Test func ownerListsAndRevokesLinks() async throws {
        try await withTestApp { client, world in
            // given
            let api = ShareAPI(client: client, world: world)
            let session = try await world.seed(ShareAPI.novice, as: .driverA, client: client)
            let token = try await world.shareLink(session, as: .driverA, client: client)
            let other = try await world.shareLink(session, as: .driverA, client: client)
            // when
            let mine = try await api.get("/api/sharing/mine", headers: world.headers(.driverA))
            let theirs = try await api.get("/api/sharing/mine", headers: world.headers(.driverB))
            let items = try #require((mine.json as? [String: Any])?["items"] as? [[String: Any]])
            let firstID = try #require(items.last?["id"] as? String)
            let strangerRevoke = try await client.execute(uri: "/api/sharing/\(token)", method: .delete, headers: world.headers(.driverB))
            let holderRevoke = try await client.execute(uri: "/api/sharing/\(token)", method: .delete, headers: world.shareHeaders(token))
            let byToken = try await client.execute(uri: "/api/sharing/\(token)", method: .delete, headers: world.headers(.driverA))
            let byID = try await client.execute(uri: "/api/sharing/\(firstID)", method: .delete, headers: world.headers(.driverA))
            // then
            #expect(items.count == 2)
            #expect(items.allSatisfy { $0["token"] == nil && $0["session_id"] as? String == session })
            #expect(((theirs.json as? [String: Any])?["items"] as? [[String: Any]])?.isEmpty == true)
            #expect(strangerRevoke.status == .notFound)
            #expect(holderRevoke.status == .forbidden)
            #expect(byToken.status == .ok)
            #expect(try await api.get("/api/sharing/\(token)").status == .notFound)
            #expect(byID.status == .notFound, "the first link was already revoked by its token")
            #expect(try await api.get("/api/sharing/\(other)").status == .ok)
        }
    }

    @Test func deletingTheSessionDeletesItsLinks() async throws {
        try await withTestApp { client, world in
            let api = ShareAPI(client: client, world: world)
            let session = try await world.seed(ShareAPI.novice, as: .driverA, client: client)
            let token = try await world.shareLink(session, as: .driverA, client: client)
            let deleted = try await client.execute(uri: "/api/sessions/\(session)", method: .delete, headers: world.headers(.driverA))
            #expect(deleted.status == .ok)
            #expect(try await api.get("/api/sharing/\(token)").status == .notFound)
        }
    }

    private func parseDate(_ value: Any?) -> Date? {
        (value as? String).flatMap { ISO8601DateFormatter().date(from: $0) }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Storage
import Testing
@testable import App
import Logging
import TelemetryCore
import TestSupport

/// The sharing flow (platform.md §6): create, metadata, public view, challenger upload, comparison, revoke.
@Suite struct ShareAPITests {
    @Test func ownerCreatesALinkThatIsStoredOnlyAsAHash() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            // when
            let response = try await api.createShare(session, as: .driverA)
            // then
            #expect(response.status == .ok)
            let link = try response.decode(CreatedShareLink.self)
            let token = link.token
            #expect(token.count == 22 && token.range(of: "^[A-Za-z0-9_-]{22}$", options: .regularExpression) != nil)
            #expect(link.share_url == "/share/\(token)")
            #expect(link.track_name == "Barber Motorsports Park")
            let created = try #require(parseDate(link.created_at))
            let expires = try #require(parseDate(link.expires_at))
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
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.shareLink(session, as: .driverA)
            let truth = try FixtureTruth(TestPaths.novice)
            // when
            let metadata = try await api.get("/api/sharing/\(token)")
            let view = try await api.get("/api/sharing/\(token)/view")
            // then
            #expect(metadata.status == .ok)
            let meta = try metadata.decode(ShareMetadata.self)
            #expect(meta.inviter_name == "Driver-A")
            #expect(meta.is_expired == false)
            let best = try #require(meta.best_lap_time_s)
            #expect(abs(best - truth.bestLapTime) < 0.03)
            #expect(view.status == .ok)
            let body = try view.decode(PublicSessionView.self)
            #expect(body.driver_name == "Driver-A")
            #expect(body.n_laps != nil)
            let lat = try #require(body.track_coords).lat
            #expect(lat.count >= 300 && lat.count < 600, "fastest lap subsampled with step max(1, n/300)")
            #expect(lat.allSatisfy { abs($0 - 33.53) < 0.05 })
            let top = try #require(body.top_speed_mph)
            let truthTop = truth.maxSpeedMps * 2.23694
            #expect(abs(top - truthTop) < 2.0)
        }
    }

    @Test func aDriverWithoutANameIsShownAsADriverNeverByEmail() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.shareLink(session, as: .driverA)
            try await world.app.database.execute("UPDATE users SET name = $1", [.text("")])
            let metadata = try await api.get("/api/sharing/\(token)")
            let view = try await api.get("/api/sharing/\(token)/view")
            #expect(try metadata.decode(ShareMetadata.self).inviter_name == "A driver")
            #expect(try view.decode(PublicSessionView.self).driver_name == "A driver")
            #expect(!metadata.text.contains("@example.com") && !view.text.contains("@example.com"))
        }
    }

    @Test func unknownOrMalformedTokensAre404() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
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
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.shareLink(session, as: .driverA)
            #expect(try await api.get("/api/sharing/\(token)/comparison").detail == "No comparison available yet")
            // when
            let upload = try await api.challenge(token, stem: TestPaths.advanced)
            let again = try await api.get("/api/sharing/\(token)/comparison")
            // then
            #expect(upload.status == .ok, "\(upload.text.prefix(300))")
            #expect(upload.text.hasPrefix(#"{"token":"\#(token)","#))
            let report = try upload.decode(SessionComparisonResponse.self)
            #expect(report.sessionAID == session)
            let challenger = report.sessionBID
            let a = report.sessionABestLap
            let b = report.sessionBBestLap
            let truthA = try FixtureTruth(TestPaths.novice).bestLapTime
            let truthB = try FixtureTruth(TestPaths.advanced).bestLapTime
            #expect(abs(a - truthA) < 0.03 && abs(b - truthB) < 0.03)
            #expect(abs(report.deltaS - (b - a)) < 0.01)
            let keys = try upload.decode(JSONShape.self).keys
            for key in ["session_a_weather_condition", "session_a_weather_temp_c", "session_b_weather_condition",
                        "session_b_weather_temp_c"] {
                #expect(!keys.contains(key), "\(key) must not be shown to a share-token holder")
            }
            #expect(again.status == .ok)
            #expect(try again.decode(SessionComparisonResponse.self).sessionBID == challenger)
            let stored = try await world.app.database.query("SELECT report_json FROM share_comparisons")
            #expect(stored.count == 1)
            #expect(try !stored[0].string("report_json").contains(token), "the raw token must not be stored")
        }
    }

    @Test func theChallengerSessionIsUnreachableAndExpiresAfter24Hours() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.shareLink(session, as: .driverA)
            let upload = try await api.challenge(token, stem: TestPaths.advanced)
            let challenger = try upload.decode(SessionComparisonResponse.self).sessionBID
            // when / then: never through the session routes, for anyone
            #expect(try await api.get("/api/sessions/\(challenger)").status == .unauthorized)
            for persona in [TestWorld.Persona.driverA, .driverB] {
                #expect(try await api.get("/api/sessions/\(challenger)", headers: world.headers(persona)).status == .notFound)
                #expect(try await api.get("/api/sessions/\(challenger)/corners", headers: world.headers(persona)).status == .notFound)
            }
            #expect(try await api.get("/api/sessions/\(challenger)", headers: world.shareHeaders(token)).status == .notFound)
            let listed = try await api.get("/api/sessions", headers: world.headers(.driverA))
            #expect(try listed.decode(SessionList.self).items.count == 1)
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
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.backdatedShareLink(session, as: .driverA)
            // when
            let metadata = try await api.get("/api/sharing/\(token)")
            let view = try await api.get("/api/sharing/\(token)/view")
            let upload = try await api.challenge(token, stem: TestPaths.advanced)
            let comparison = try await api.get("/api/sharing/\(token)/comparison")
            // then
            #expect(metadata.status == .ok)
            #expect(try metadata.decode(ShareMetadata.self).is_expired == true)
            let body = try view.decode(PublicSessionView.self)
            #expect(body.is_expired == true)
            #expect(body.session_date == "")
            #expect(try view.decode(JSONShape.self).nullKeys.isSuperset(of: ["best_lap_time_s", "track_coords"]))
            #expect(upload.status == .gone && upload.detail == "Share link has expired")
            #expect(comparison.status == .gone)
            #expect(try await world.app.database.query("SELECT session_id FROM sessions").count == 1)
        }
    }

    @Test func aTrackMismatchIs400AndStoresNothing() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.shareLink(session, as: .driverA)
            var bytes = try Upload.fixtureBytes(TestPaths.advanced)
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

    @Test(arguments: [("other", "x.csv", [UInt8]([1])), ("files", nil, [1]), ("files", "x.csv", Array("not,a,csv\n".utf8))]
          as [(String, String?, [UInt8])])
    func challengerUploadsNeedExactlyOneNamedCSV(_ field: String, _ name: String?, _ bytes: [UInt8]) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.shareLink(session, as: .driverA)
            let response = try await client.execute(uri: "/api/sharing/\(token)/upload", method: .post, headers: Upload.contentType,
                                                    body: Upload.body([(name: name, bytes: bytes)], field: field))
            #expect(response.status == .unprocessableContent)
            if bytes.count > 1 { #expect(response.detail?.hasPrefix("x.csv: ") == true) }
        }
    }

    @Test func ownersListTheirLinksWithoutTokens() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            _ = try await api.shareLink(session, as: .driverA)
            _ = try await api.shareLink(session, as: .driverA)
            // when
            let mine = try await api.get("/api/sharing/mine", headers: world.headers(.driverA))
            let theirs = try await api.get("/api/sharing/mine", headers: world.headers(.driverB))
            // then
            let items = try mine.decode(ShareLinkList.self).items
            #expect(items.count == 2)
            #expect(try mine.decode(JSONShape.self).lists["items"]?.allSatisfy { !$0.keys.contains("token") } == true)
            #expect(items.allSatisfy { $0.session_id == session })
            #expect(try theirs.decode(ShareLinkList.self).items.isEmpty)
        }
    }

    /// A stranger does not find the link; its holder may not revoke it.
    @Test(arguments: [(false, HTTPResponse.Status.notFound), (true, .forbidden)])
    func onlyTheOwnerRevokes(_ asHolder: Bool, _ status: HTTPResponse.Status) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.shareLink(session, as: .driverA)
            let revoke = try await client.execute(uri: "/api/sharing/\(token)", method: .delete,
                                                  headers: asHolder ? world.shareHeaders(token) : world.headers(.driverB))
            #expect(revoke.status == status)
            #expect(try await api.get("/api/sharing/\(token)").status == .ok)
        }
    }

    @Test func ownersRevokeByTokenOrID() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.shareLink(session, as: .driverA)
            let other = try await api.shareLink(session, as: .driverA)
            let firstID = try #require(try await api.get("/api/sharing/mine", headers: world.headers(.driverA))
                .decode(ShareLinkList.self).items.last?.id)
            // when
            let byToken = try await client.execute(uri: "/api/sharing/\(token)", method: .delete, headers: world.headers(.driverA))
            let byID = try await client.execute(uri: "/api/sharing/\(firstID)", method: .delete, headers: world.headers(.driverA))
            // then
            #expect(byToken.status == .ok)
            #expect(try await api.get("/api/sharing/\(token)").status == .notFound)
            #expect(byID.status == .notFound, "the first link was already revoked by its token")
            #expect(try await api.get("/api/sharing/\(other)").status == .ok)
        }
    }

    @Test func deletingTheSessionDeletesItsLinks() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.shareLink(session, as: .driverA)
            let deleted = try await client.execute(uri: "/api/sessions/\(session)", method: .delete, headers: world.headers(.driverA))
            #expect(deleted.status == .ok)
            #expect(try await api.get("/api/sharing/\(token)").status == .notFound)
        }
    }

    private func parseDate(_ value: String) -> Date? {
        ISO8601DateFormatter().date(from: value)
    }
}

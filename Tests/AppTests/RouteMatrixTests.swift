import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
import Yams
import App
import Storage
import TestSupport

/// Every route × every persona, through the real router, against Matrix/route-matrix.yaml.
@Suite struct RouteMatrixTests {
    /// Matrix/route-matrix.yaml: the personas, and per route the status each persona gets.
    struct Matrix: Decodable {
        var personas: [String]
        var routes: [String: [String: Int]]
        /// Per WebSocket route what each persona meets: `open` (the socket answers a question) or a close code.
        var webSockets: [String: [String: String]]
        enum CodingKeys: String, CodingKey { case personas, routes, webSockets = "websockets" }
    }

    static func loadMatrix() throws -> Matrix {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Matrix/route-matrix.yaml")
        return try YAMLDecoder().decode(Matrix.self, from: String(contentsOf: url, encoding: .utf8))
    }

    @Test func matrixListsExactlyTheRouterRoutes() async throws {
        let matrix = try Self.loadMatrix()
        try await withTestApp { _, world in
            #expect(Set(matrix.routes.keys) == Set(world.app.routes.keys))
            #expect(Set(matrix.webSockets.keys) == Set(world.app.webSockets.map(\.key)))
        }
    }

    @Test func everyRouteForEveryPersona() async throws {
        let matrix = try Self.loadMatrix()
        try await withTestApp(configure: Self.configure) { client, world in
            // given
            try await world.setRole(.instructor, .instructor, client: client)
            let api = TestAPI(client: client, world: world)
            let shared = try await Self.parameterValues(world: world, client: client, orgs: OrgFixture.make(api, tag: "shared"))
            var worlds = 0
            // when / then
            // deletes run last: the session fixture is deduplicated by content, so its id is shared
            let ordered = matrix.routes.sorted { ($0.key.hasPrefix("DELETE") ? 1 : 0, $0.key) < ($1.key.hasPrefix("DELETE") ? 1 : 0, $1.key) }
            for (route, row) in ordered {
                let parts = route.split(separator: " ", maxSplits: 1).map(String.init)
                for persona in matrix.personas {
                    let expected = try #require(row[persona])
                    // A write that succeeds (a delete, say) must not change what the next persona meets.
                    var values = shared
                    if parts[0] != "GET", parts[1].contains("{") {
                        worlds += 1
                        values = try await Self.parameterValues(world: world, client: client,
                                                                orgs: OrgFixture.make(api, tag: "w\(worlds)"))
                    }
                    let caller = TestWorld.Persona(name: persona)
                    if caller.isShareHolder, let own = values["token@\(persona)"] { values["token"] = own }
                    var uri = parts[1]
                    for (name, value) in values { uri = uri.replacingOccurrences(of: "{\(name)}", with: value) }
                    let json: HTTPFields = [.contentType: "application/json"]
                    let response = try await client.execute(
                        uri: uri, method: HTTPRequest.Method(parts[0])!,
                        headers: world.matrixHeaders(caller, values, json),
                        body: ["POST", "PUT", "PATCH"].contains(parts[0]) ? ByteBuffer(string: "{}") : nil)
                    #expect(Int(response.status.code) == expected, "\(route) as \(persona): \(response.text.prefix(200))")
                }
            }
        }
    }

    @Test func anonymousNeverGets2xxOnAnAuthenticatedRoute() async throws {
        let matrix = try Self.loadMatrix()
        try await withTestApp(configure: Self.configure) { client, world in
            let values = try await Self.parameterValues(
                world: world, client: client, orgs: OrgFixture.make(TestAPI(client: client, world: world)))
            for (route, row) in matrix.routes where row["driver-a"].map({ $0 < 300 }) == true && row["anonymous"] != 200 {
                let parts = route.split(separator: " ", maxSplits: 1).map(String.init)
                var uri = parts[1]
                for (name, value) in values { uri = uri.replacingOccurrences(of: "{\(name)}", with: value) }
                let response = try await client.execute(uri: uri, method: HTTPRequest.Method(parts[0])!, headers: world.headers(.anonymous))
                #expect(response.status.code >= 400, "\(route) answered \(response.status.code) to anonymous")
            }
        }
    }

    static func configure(_ config: inout AppConfig) {
        // every persona calls every upload route from the same test address; limits have their own tests
        config.rateLimits.uploadsPerIPPerHour = 10_000
        config.rateLimits.anonymousUploadsPerIPPerDay = 10_000
        config.rateLimits.shareAIComparisonsPerIPPerMinute = 10_000
        config.sessionDataDirectory = TestPaths.repositoryRoot.appendingPathComponent("Fixtures/sessions").path
        config.adminEmails = [TestWorld.Persona.operator.email]
    }

    /// An instructor outside the persona list whose fresh invite fills `{code}`.
    static let inviter = TestWorld.Persona(name: "matrix-inviter")

    /// Values for path parameters, from resources created for them: driver A owns the session and shares it (`token`
    /// is that link's token; the share personas present their own: `token@share-valid`, `token@share-expired`); organization
    /// routes act on the fixture's organization, `user_id` is its student and `event_id` its event; instructor-linked-a
    /// is (re-)linked to driver A through the API, `student_id` is driver A and `code` a fresh invite of the inviter.
    static func parameterValues(world: TestWorld, client: any TestClientProtocol, orgs: OrgFixture) async throws -> [String: String] {
        let api = TestAPI(client: client, world: world)
        // driver A's default profile goes to the session at upload (assigning it later would make the report stale)
        let profile = try await api.equipmentProfile(TestAPI.profileBody(isDefault: true), as: .driverA)
        let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
        // the other side of a comparison belongs to someone else: no persona may compare with it
        let otherOwners = try await world.seed(TestPaths.novice, as: .driverB, client: client)
        try await api.link(.driverA, to: .instructorLinkedA)
        try await world.setRole(inviter, .instructor, client: client)
        let code = try await api.invite(as: inviter)
        let token = try await api.shareLink(session, as: .driverA)
        let secondToken = try await api.shareLink(session, as: .driverA)
        let expiredToken = try await api.backdatedShareLink(session, as: .driverA)
        // the claim holder uploaded a session of their own while signed out: never {session_id}
        let claim = try await world.anonymousSession(TestPaths.advanced).token
        // every world shares one database: a note and a sticky left by an earlier world are used again (50 stickies at most)
        var note = try await api.send(.get, "/api/notes", as: .driverA).decode(IDList.self).items.first?.id
        if note == nil {
            note = try await api.send(.post, "/api/notes", as: .driverA, json: ["content": "matrix", "session_id": session]).decode(IDBox.self).id
        }
        var sticky = try await api.send(.get, "/api/stickies", as: .driverA).decode(IDList.self).items.first?.id
        if sticky == nil {
            sticky = try await api.send(.post, "/api/stickies", as: .driverA, json: ["pos_x": 0.5, "pos_y": 0.5]).decode(IDBox.self).id
        }
        return ["session_id": session, "other_id": otherOwners, "lap_number": "3", "folder": "barber_motorsports_park",
                "token": token, "token@share-valid": secondToken, "token@share-expired": expiredToken,
                "track": "Barber%20Motorsports%20Park",
                "track_name": "barber_motorsports_park",
                "slug": orgs.slug, "year": "2026", "profile_id": profile, "make": "Mazda", "model": "Miata", "event_id": orgs.eventID, "user_id": orgs.studentID,
                "student_id": try await api.userID(.driverA), "code": code, "note_id": note ?? "", "sticky_id": sticky ?? "", "claim": claim, "task": "coaching_report"]
    }
}

/// The `id` of a created resource.
private struct IDBox: Decodable {
    var id: String
}

/// The `items` of a list.
private struct IDList: Decodable {
    var items: [IDBox]
}

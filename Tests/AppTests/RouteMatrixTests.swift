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
    struct Matrix {
        var personas: [String]
        var expectations: [String: [String: Int]]
    }

    static func loadMatrix() throws -> Matrix {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Matrix/route-matrix.yaml")
        let root = try #require(try Yams.load(yaml: String(contentsOf: url, encoding: .utf8)) as? [String: Any])
        let personas = try #require(root["personas"] as? [String])
        let routes = try #require(root["routes"] as? [String: [String: Int]])
        return Matrix(personas: personas, expectations: routes)
    }

    @Test func matrixListsExactlyTheRouterRoutes() async throws {
        let matrix = try Self.loadMatrix()
        try await withTestApp { _, world in
            #expect(Set(matrix.expectations.keys) == Set(world.app.routes.keys))
            for (route, row) in matrix.expectations {
                #expect(Set(row.keys) == Set(matrix.personas), "row \(route) must name every persona")
            }
        }
    }

    @Test func everyRouteForEveryPersona() async throws {
        let matrix = try Self.loadMatrix()
        try await withTestApp { client, world in
            // given
            try await world.setRole(.instructor, .instructor, client: client)
            let api = OrgAPI(client: client, world: world)
            let shared = try await OrgFixture.make(api, tag: "shared")
            var worlds = 0
            // when / then
            for (route, row) in matrix.expectations.sorted(by: { $0.key < $1.key }) {
                let parts = route.split(separator: " ", maxSplits: 1).map(String.init)
                for persona in matrix.personas {
                    let expected = try #require(row[persona])
                    // A write that succeeds (e.g. deleting the organization) must not change what the next persona meets.
                    var fixture = shared
                    if parts[0] != "GET", parts[1].contains("{") {
                        worlds += 1
                        fixture = try await OrgFixture.make(api, tag: "w\(worlds)")
                    }
                    var uri = parts[1]
                    for (name, value) in Self.parameterValues(fixture) { uri = uri.replacingOccurrences(of: "{\(name)}", with: value) }
                    let response = try await client.execute(
                        uri: uri, method: HTTPRequest.Method(parts[0])!,
                        headers: world.headers(.init(name: persona), [.contentType: "application/json"]),
                        body: ["POST", "PUT", "PATCH"].contains(parts[0]) ? ByteBuffer(string: "{}") : nil)
                    #expect(Int(response.status.code) == expected, "\(route) as \(persona): \(response.text.prefix(200))")
                }
            }
        }
    }

    @Test func anonymousNeverGets2xxOnAnAuthenticatedRoute() async throws {
        let matrix = try Self.loadMatrix()
        try await withTestApp { client, world in
            let fixture = try await OrgFixture.make(OrgAPI(client: client, world: world))
            for (route, row) in matrix.expectations where row["driver-a"].map({ $0 < 300 }) == true && row["anonymous"] != 200 {
                let parts = route.split(separator: " ", maxSplits: 1).map(String.init)
                var uri = parts[1]
                for (name, value) in Self.parameterValues(fixture) { uri = uri.replacingOccurrences(of: "{\(name)}", with: value) }
                let response = try await client.execute(uri: uri, method: HTTPRequest.Method(parts[0])!, headers: world.headers(.anonymous))
                #expect(response.status.code >= 400, "\(route) answered \(response.status.code) to anonymous")
            }
        }
    }

    /// Values for path parameters, from the world the test set up; later features add the resources they create.
    /// Organization routes act on organization A; `user_id` is its student, `event_id` its event.
    static func parameterValues(_ orgs: OrgFixture) -> [String: String] {
        ["slug": orgs.slug, "event_id": orgs.eventID, "user_id": orgs.studentID]
    }
}

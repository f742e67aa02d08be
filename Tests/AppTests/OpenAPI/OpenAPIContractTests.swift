@testable import App
import JSONValues
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

/// The API description documents every route completely, and real responses fit the schemas it declares.
@Suite struct OpenAPIContractTests {
    @Test func everyRouteDocumentsItsSuccessResponseAndParameters() async throws {
        try await withTestApp { client, world in
            // when
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            // then
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            let document = try #require(response.json as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
            #expect(schemas?["Error"] != nil)
            for spec in world.app.routes.specs {
                #expect(spec.docs != nil, "\(spec.key) has no RouteDocs")
                let operation = try #require(paths[spec.path]?[spec.method.rawValue.lowercased()], "\(spec.key) not described")
                let responses = try #require(operation["responses"] as? [String: [String: Any]])
                let success = responses.filter { $0.key.hasPrefix("2") }
                #expect(success.count == 1, "\(spec.key) documents \(success.count) success statuses")
                let content = success.first?.value["content"] as? [String: [String: Any]]
                if success.first?.key == "204" {
                    #expect(content == nil, "\(spec.key) answers 204 but describes a body")
                } else {
                    #expect(content?.values.allSatisfy { $0["schema"] != nil } == true, "\(spec.key) success has no schema")
                }
                for (status, error) in responses where !status.hasPrefix("2") {
                    let schema = (error["content"] as? [String: [String: Any]])?["application/json"]?["schema"] as? [String: Any]
                    #expect(schema?["$ref"] as? String == "#/components/schemas/Error", "\(spec.key) \(status) is not Error")
                }
                let parameters = (operation["parameters"] as? [[String: Any]]) ?? []
                for name in spec.parameters {
                    let declared = parameters.first { $0["name"] as? String == name && $0["in"] as? String == "path" }
                    #expect(declared?["required"] as? Bool == true, "\(spec.key) does not declare path parameter \(name)")
                }
            }
        }
    }

    @Test func lapNumberIsAnIntegerAndQueryBoundsAreDeclared() async throws {
        try await withTestApp { client, _ in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            let document = try #require(response.json as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
            let lapData = try #require(paths["/api/sessions/{session_id}/laps/{lap_number}/data"]?["get"])
            let lap = (lapData["parameters"] as? [[String: Any]])?.first { $0["name"] as? String == "lap_number" }
            #expect((lap?["schema"] as? [String: Any])?["type"] as? String == "integer")
            let mini = try #require(paths["/api/sessions/{session_id}/mini-sectors"]?["get"])
            let n = (mini["parameters"] as? [[String: Any]])?.first { $0["name"] as? String == "n_sectors" }
            let bounds = n?["schema"] as? [String: Any]
            #expect(bounds?["minimum"] as? Int == 3)
            #expect(bounds?["maximum"] as? Int == 100)
            let upload = try #require(paths["/api/sessions/upload"]?["post"])
            let body = (upload["requestBody"] as? [String: Any])?["content"] as? [String: Any]
            #expect(body?["multipart/form-data"] != nil)
        }
    }

    @Test func realResponsesFitTheirDeclaredSchemas() async throws {
        try await withTestApp { client, world in
            // given a stored session
            let sessionID = try await world.seed("barber_2026-03-21_novice", as: .driverA, client: client)
            let headers = world.headers(.driverA)
            // when / then
            for (method, uri, key) in [
                (HTTPRequest.Method.get, "/api/sessions/\(sessionID)", "GET /api/sessions/{session_id}"),
                (.get, "/api/sessions/\(sessionID)/corners", "GET /api/sessions/{session_id}/corners"),
                (.get, "/api/sessions/\(sessionID)/laps", "GET /api/sessions/{session_id}/laps"),
                (.get, "/api/sessions", "GET /api/sessions"),
                (.get, "/api/sessions/\(sessionID)/laps/999999/data", "GET /api/sessions/{session_id}/laps/{lap_number}/data"),
            ] {
                let response = try await client.execute(uri: uri, method: method, headers: headers)
                try expectFits(response, route: key, world: world)
            }
            let upload = try await uploadFixture(client: client, headers: headers)
            #expect(upload.status == .ok)
            try expectFits(upload, route: "POST /api/sessions/upload", world: world)
        }
    }

    private func uploadFixture(client: any TestClientProtocol, headers: HTTPFields) async throws -> TestResponse {
        let csv = try Data(contentsOf: TestPaths.fixture("barber_2026-04-18_advanced").csv)
        var body = Data("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.csv\"\r\n\r\n".utf8)
        body += csv + Data("\r\n--b--\r\n".utf8)
        var headers = headers
        headers[.contentType] = "multipart/form-data; boundary=b"
        return try await client.execute(uri: "/api/sessions/upload", method: .post, headers: headers,
                                        body: ByteBuffer(bytes: body))
    }

    private func expectFits(_ response: TestResponse, route key: String, world: TestWorld) throws {
        let spec = try #require(world.app.routes.specs.first { $0.key == key })
        let docs = try #require(spec.docs)
        let value = try JSONCoding.decoder.decode(JSONValue.self, from: Data(response.body.readableBytesView))
        let schema: JSONSchema
        if response.status.code == docs.status, case .json(let success) = docs.response {
            schema = success
        } else {
            #expect(docs.errorStatuses(pathParameters: spec.parameters).contains(response.status.code),
                    "\(key) answered undocumented \(response.status.code)")
            schema = .ref("Error")
        }
        let problems = SchemaValidator().problems(value, schema)
        #expect(problems.isEmpty, "\(key) \(response.status.code): \(problems.prefix(5))")
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import TestSupport

/// Input neither database can store (NUL characters), in the path or the body, is a 4xx, never a 500.
@Suite struct OrgHostileInputTests {
    @Test(arguments: [(HTTPRequest.Method.get, "/api/orgs/se%00hpde"), (.delete, "/api/orgs/org-a-1/events/ab%00cd"),
                      (.delete, "/api/orgs/org-a-1/members/ab%00cd")])
    func nulCharactersInThePathAre404(_ method: HTTPRequest.Method, _ uri: String) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            _ = try await OrgFixture.make(api)
            #expect(try await api.send(method, uri, as: .orgOwner).status == .notFound)
        }
    }

    @Test(arguments: ["name", "user_id", "run_group", "track_name"])
    func nulCharactersInTheBodyAreRefusedNotStored(_ field: String) async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let response: TestResponse
            switch field {
            case "name":
                response = try await api.send(.post, "/api/orgs", as: .driverA, json: ["name": "Bad\u{0}Name", "slug": "nul-name"])
            case "user_id":
                response = try await api.send(.post, "/api/orgs/\(fixture.slug)/members", as: .orgOwner, json: ["user_id": "u\u{0}"])
            case "run_group":
                response = try await api.send(.post, "/api/orgs/\(fixture.slug)/members", as: .orgOwner,
                                              json: ["user_id": try await api.userID(.driverA), "run_group": "A\u{0}"])
            default:
                response = try await api.send(.post, "/api/orgs/\(fixture.slug)/events", as: .orgOwner,
                                              json: ["name": "E", "track_name": "T\u{0}", "event_date": "2026-05-02"])
            }
            // then
            #expect(response.status == .unprocessableContent, "\(response.text)")
            #expect(response.issues?.first?.type == "string_nul")
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import TestSupport

/// Input neither database can store (NUL characters), in the path or the body, is a 4xx, never a 500.
@Suite struct OrgHostileInputTests {
    @Test func nulCharactersAreRefusedNotStored() async throws {
        try await withTestApp { client, world in
            // given
            let api = OrgAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let slugPath = try await api.send(.get, "/api/orgs/se%00hpde", as: .driverA)
            let eventPath = try await api.send(.delete, "/api/orgs/\(fixture.slug)/events/ab%00cd", as: .orgOwner)
            let memberPath = try await api.send(.delete, "/api/orgs/\(fixture.slug)/members/ab%00cd", as: .orgOwner)
            let name = try await api.send(.post, "/api/orgs", as: .driverA, json: ["name": "Bad\u{0}Name", "slug": "nul-name"])
            let userID = try await api.send(.post, "/api/orgs/\(fixture.slug)/members", as: .orgOwner, json: ["user_id": "u\u{0}"])
            let group = try await api.send(.post, "/api/orgs/\(fixture.slug)/members", as: .orgOwner,
                                           json: ["user_id": try await api.userID(.driverA), "run_group": "A\u{0}"])
            let track = try await api.send(.post, "/api/orgs/\(fixture.slug)/events", as: .orgOwner,
                                           json: ["name": "E", "track_name": "T\u{0}", "event_date": "2026-05-02"])
            // then
            #expect(slugPath.status == .notFound)
            #expect(eventPath.status == .notFound)
            #expect(memberPath.status == .notFound)
            for response in [name, userID, group, track] {
                #expect(response.status == .unprocessableContent, "\(response.text)")
                #expect(OrgAPITests.issue(response)?["type"] as? String == "string_nul")
            }
        }
    }
}

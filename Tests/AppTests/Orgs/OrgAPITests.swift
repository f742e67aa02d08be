import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import TestSupport

/// `POST/GET /api/orgs`, `GET/PATCH/DELETE /api/orgs/{slug}`.
@Suite struct OrgAPITests {
    @Test func createReturnsTheSummaryAndMakesTheCreatorOwner() async throws {
        try await withTestApp { client, world in
            let api = OrgAPI(client: client, world: world)
            // when
            let created = try await api.send(.post, "/api/orgs", as: .orgOwner,
                                             json: ["name": "Southeast HPDE", "slug": "se-hpde", "brand_color": "#d92b2b"])
            // then
            #expect(created.status == .ok)
            let summary = try #require(created.json as? [String: Any])
            #expect(Set(summary.keys) == ["id", "name", "slug", "logo_url", "brand_color", "member_count"])
            #expect((summary["id"] as? String)?.count == 12)
            #expect(summary["name"] as? String == "Southeast HPDE")
            #expect(summary["slug"] as? String == "se-hpde")
            #expect(summary["logo_url"] is NSNull)
            #expect(summary["brand_color"] as? String == "#d92b2b")
            #expect(summary["member_count"] as? Int == 1)
            let members = try await api.send(.get, "/api/orgs/se-hpde/members", as: .orgOwner)
            let list = try #require((members.json as? [String: Any])?["members"] as? [[String: Any]])
            #expect(list.count == 1)
            #expect(list.first?["user_id"] as? String == (try await api.userID(.orgOwner)))
            #expect(list.first?["role"] as? String == "owner")
        }
    }

    @Test func summaryIsPublicAndUnknownSlugIs404() async throws {
        try await withTestApp { client, world in
            let api = OrgAPI(client: client, world: world)
            try await api.createOrg("se-hpde", brandColor: "#d92b2b", as: .orgOwner)
            // when
            let anonymous = try await api.send(.get, "/api/orgs/se-hpde", as: .anonymous)
            let stranger = try await api.send(.get, "/api/orgs/se-hpde", as: .driverB)
            let missing = try await api.send(.get, "/api/orgs/no-such-org", as: .driverA)
            let missingMembers = try await api.send(.get, "/api/orgs/no-such-org/members", as: .driverA)
            // then
            #expect(anonymous.status == .ok)
            #expect((anonymous.json as? [String: Any])?["member_count"] as? Int == 1)
            #expect(stranger.status == .ok)
            #expect(missing.status == .notFound)
            #expect(missing.detail == "Organization not found")
            #expect(missingMembers.status == .notFound)
            #expect(missingMembers.detail == "Organization not found")
        }
    }

    @Test func createRequiresAUserAndAValidBody() async throws {
        try await withTestApp { client, world in
            let api = OrgAPI(client: client, world: world)
            // when
            let anonymous = try await api.send(.post, "/api/orgs", as: .anonymous, json: ["name": "X", "slug": "xyz"])
            let noName = try await api.send(.post, "/api/orgs", as: .driverA, json: ["slug": "xyz"])
            let blankName = try await api.send(.post, "/api/orgs", as: .driverA, json: ["name": "  ", "slug": "xyz"])
            let numericSlug = try await api.send(.post, "/api/orgs", as: .driverA, json: ["name": "X", "slug": 123])
            let notAnObject = try await api.sendRaw(.post, "/api/orgs", as: .driverA, body: "[1]")
            let notJSON = try await api.sendRaw(.post, "/api/orgs", as: .driverA, body: "{\"name\":")
            // then
            #expect(anonymous.status == .unauthorized)
            #expect(Self.issue(noName)?["type"] as? String == "missing")
            #expect(Self.issue(noName)?["loc"] as? [String] == ["body", "name"])
            #expect(Self.issue(blankName)?["type"] as? String == "string_too_short")
            #expect(Self.issue(numericSlug)?["type"] as? String == "string_type")
            #expect(Self.issue(numericSlug)?["loc"] as? [String] == ["body", "slug"])
            #expect(notAnObject.status == .unprocessableContent)
            #expect(notJSON.status == .unprocessableContent)
            let listed = try await api.send(.get, "/api/orgs", as: .driverA)
            #expect(((listed.json as? [String: Any])?["organizations"] as? [Any])?.isEmpty == true)
        }
    }

    @Test(arguments: [
        ("ab", "string_too_short"), (String(repeating: "a", count: 51), "string_too_long"),
        ("Bad-Slug", "string_pattern_mismatch"), ("se_hpde", "string_pattern_mismatch"), ("se--hpde", "string_pattern_mismatch"),
        ("-sehpde", "string_pattern_mismatch"), ("sehpde-", "string_pattern_mismatch"), ("sé-hpde", "string_pattern_mismatch"),
        ("se hpde", "string_pattern_mismatch"),
    ])
    func badSlugsAre422NamingTheProblem(_ slug: String, _ type: String) async throws {
        try await withTestApp { client, world in
            let response = try await OrgAPI(client: client, world: world)
                .send(.post, "/api/orgs", as: .driverA, json: ["name": "X", "slug": slug])
            #expect(response.status == .unprocessableContent)
            #expect(Self.issue(response)?["type"] as? String == type)
            #expect(Self.issue(response)?["loc"] as? [String] == ["body", "slug"])
        }
    }

    @Test(arguments: ["abc", "se-hpde", "a1-b2-c3", String(repeating: "z", count: 50), "123"])
    func goodSlugsAreAccepted(_ slug: String) async throws {
        try await withTestApp { client, world in
            let response = try await OrgAPI(client: client, world: world)
                .send(.post, "/api/orgs", as: .driverA, json: ["name": "X", "slug": slug])
            #expect(response.status == .ok, "\(response.text)")
        }
    }

    @Test func listShowsOnlyTheCallersOrganizations() async throws {
        try await withTestApp { client, world in
            // given
            let api = OrgAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let student = try await api.send(.get, "/api/orgs", as: .orgStudent)
            let other = try await api.send(.get, "/api/orgs", as: .otherOrgOwner)
            let stranger = try await api.send(.get, "/api/orgs", as: .driverB)
            let anonymous = try await api.send(.get, "/api/orgs", as: .anonymous)
            // then
            let studentOrgs = try #require((student.json as? [String: Any])?["organizations"] as? [[String: Any]])
            #expect(studentOrgs.map { $0["slug"] as? String } == [fixture.slug])
            #expect(studentOrgs.first?["member_count"] as? Int == 3)
            let otherOrgs = try #require((other.json as? [String: Any])?["organizations"] as? [[String: Any]])
            #expect(otherOrgs.map { $0["slug"] as? String } == [fixture.otherSlug])
            #expect(((stranger.json as? [String: Any])?["organizations"] as? [Any])?.isEmpty == true)
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test func ownersUpdateNameLogoAndColor() async throws {
        try await withTestApp { client, world in
            // given
            let api = OrgAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let uri = "/api/orgs/\(fixture.slug)"
            _ = try await api.send(.patch, uri, as: .orgOwner, json: ["logo_url": "https://img/logo.png", "brand_color": "#111111"])
            // when
            let updated = try await api.send(.patch, uri, as: .orgOwner, json: ["name": "Renamed", "logo_url": nil])
            let instructor = try await api.send(.patch, uri, as: .orgInstructor, json: ["name": "Hijack"])
            let stranger = try await api.send(.patch, uri, as: .otherOrgOwner, json: ["name": "Hijack"])
            let nullName = try await api.send(.patch, uri, as: .orgOwner, json: ["name": nil])
            let blankName = try await api.send(.patch, uri, as: .orgOwner, json: ["name": ""])
            // then
            #expect(updated.status == .ok)
            let summary = try #require(updated.json as? [String: Any])
            #expect(summary["name"] as? String == "Renamed")
            #expect(summary["logo_url"] is NSNull)
            #expect(summary["brand_color"] as? String == "#111111")
            #expect(summary["slug"] as? String == fixture.slug)
            #expect(summary["member_count"] as? Int == 3)
            #expect(instructor.status == .forbidden)
            #expect(instructor.detail == "Insufficient permissions")
            #expect(stranger.status == .forbidden)
            #expect(stranger.detail == "Not a member of this organization")
            #expect(Self.issue(nullName)?["type"] as? String == "string_type")
            #expect(Self.issue(blankName)?["type"] as? String == "string_too_short")
            let read = try await api.send(.get, uri, as: .anonymous)
            #expect((read.json as? [String: Any])?["name"] as? String == "Renamed")
        }
    }

    @Test func ownersDeleteTheOrganizationWithItsMembersAndEvents() async throws {
        try await withTestApp { client, world in
            // given
            let api = OrgAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let uri = "/api/orgs/\(fixture.slug)"
            // when
            let instructor = try await api.send(.delete, uri, as: .orgInstructor)
            let deleted = try await api.send(.delete, uri, as: .orgOwner)
            // then
            #expect(instructor.status == .forbidden)
            #expect(deleted.status == .ok)
            #expect((deleted.json as? [String: Any])?["status"] as? String == "deleted")
            #expect(try await api.send(.get, uri, as: .anonymous).status == .notFound)
            #expect(try await api.send(.get, uri + "/events", as: .orgStudent).status == .notFound)
            let studentOrgs = try await api.send(.get, "/api/orgs", as: .orgStudent)
            #expect(((studentOrgs.json as? [String: Any])?["organizations"] as? [Any])?.isEmpty == true)
            #expect(try await api.send(.get, "/api/orgs/\(fixture.otherSlug)/events", as: .otherOrgOwner).status == .ok)
            let recreated = try await api.send(.post, "/api/orgs", as: .driverA, json: ["name": "Again", "slug": fixture.slug])
            #expect(recreated.status == .ok)
        }
    }

    /// The first entry of a FastAPI-style 422 body.
    static func issue(_ response: TestResponse) -> [String: Any]? {
        guard response.status == .unprocessableContent else { return nil }
        return ((response.json as? [String: Any])?["detail"] as? [[String: Any]])?.first
    }
}

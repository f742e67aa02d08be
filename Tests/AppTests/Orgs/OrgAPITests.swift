import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// `POST/GET /api/orgs`, `GET/PATCH/DELETE /api/orgs/{slug}`.
@Suite struct OrgAPITests {
    @Test func createReturnsTheSummaryAndMakesTheCreatorOwner() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            // when
            let created = try await api.send(.post, "/api/orgs", as: .orgOwner,
                                             json: ["name": "Southeast HPDE", "slug": "se-hpde", "brand_color": "#d92b2b"])
            // then
            #expect(created.status == .ok)
            let shape = try created.decode(JSONShape.self)
            #expect(shape.keys == ["id", "name", "slug", "logo_url", "brand_color", "member_count"])
            #expect(shape.nullKeys == ["logo_url"])
            let summary = try created.decode(OrgSummary.self).organization
            #expect(summary.id.count == 12)
            #expect(summary.name == "Southeast HPDE")
            #expect(summary.slug == "se-hpde")
            #expect(summary.brandColor == "#d92b2b")
            #expect(summary.memberCount == 1)
            let members = try await api.memberList(of: "se-hpde", as: .orgOwner)
            #expect(members.count == 1)
            #expect(members.first?.userID == (try await api.userID(.orgOwner)))
            #expect(members.first?.role == .owner)
        }
    }

    @Test(arguments: [TestWorld.Persona.anonymous, .driverB])
    func summaryIsPublic(_ reader: TestWorld.Persona) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            try await api.createOrg("se-hpde", brandColor: "#d92b2b", as: .orgOwner)
            // when
            let summary = try await api.send(.get, "/api/orgs/se-hpde", as: reader)
            // then
            #expect(summary.status == .ok)
            #expect(try summary.decode(OrgSummary.self).organization.memberCount == 1)
        }
    }

    @Test(arguments: ["/api/orgs/no-such-org", "/api/orgs/no-such-org/members"])
    func unknownSlugIs404(_ uri: String) async throws {
        try await withTestApp { client, world in
            let response = try await TestAPI(client: client, world: world).send(.get, uri, as: .driverA)
            #expect(response.status == .notFound)
            #expect(response.detail == "Organization not found")
        }
    }

    @Test func createRequiresAUser() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let anonymous = try await api.send(.post, "/api/orgs", as: .anonymous, json: ["name": "X", "slug": "xyz"])
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test(arguments: [
        (#"{"slug":"xyz"}"#, "missing", ["body", "name"]), (#"{"name":"  ","slug":"xyz"}"#, "string_too_short", ["body", "name"]),
        (#"{"name":"X","slug":123}"#, "string_type", ["body", "slug"]),
    ])
    func invalidCreateBodiesAre422NamingTheProblem(_ body: String, _ type: String, _ loc: [String]) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let response = try await api.sendRaw(.post, "/api/orgs", as: .driverA, body: body)
            #expect(response.status == .unprocessableContent)
            #expect(response.issues?.first?.type == type)
            #expect(response.issues?.first?.loc == loc)
            #expect(try await api.orgList(as: .driverA).isEmpty)
        }
    }

    @Test(arguments: ["[1]", "{\"name\":"])
    func createBodiesThatAreNotAJSONObjectAre422(_ text: String) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let response = try await api.sendRaw(.post, "/api/orgs", as: .driverA, body: text)
            #expect(response.status == .unprocessableContent)
            #expect(try await api.orgList(as: .driverA).isEmpty)
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
            let response = try await TestAPI(client: client, world: world)
                .send(.post, "/api/orgs", as: .driverA, json: ["name": "X", "slug": slug])
            #expect(response.status == .unprocessableContent)
            #expect(response.issues?.first?.type == type)
            #expect(response.issues?.first?.loc == ["body", "slug"])
        }
    }

    @Test(arguments: ["abc", "se-hpde", "a1-b2-c3", String(repeating: "z", count: 50), "123"])
    func goodSlugsAreAccepted(_ slug: String) async throws {
        try await withTestApp { client, world in
            let response = try await TestAPI(client: client, world: world)
                .send(.post, "/api/orgs", as: .driverA, json: ["name": "X", "slug": slug])
            #expect(response.status == .ok, "\(response.text)")
        }
    }

    @Test func listShowsOnlyTheCallersOrganizations() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let student = try await api.orgList(as: .orgStudent)
            let other = try await api.orgList(as: .otherOrgOwner)
            let stranger = try await api.orgList(as: .driverB)
            let anonymous = try await api.organizations(as: .anonymous)
            // then
            #expect(student.map(\.slug) == [fixture.slug])
            #expect(student.first?.memberCount == 3)
            #expect(other.map(\.slug) == [fixture.otherSlug])
            #expect(stranger.isEmpty)
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test func ownersUpdateNameLogoAndColor() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let uri = "/api/orgs/\(fixture.slug)"
            _ = try await api.send(.patch, uri, as: .orgOwner, json: ["logo_url": "https://img/logo.png", "brand_color": "#111111"])
            // when
            let updated = try await api.send(.patch, uri, as: .orgOwner, json: ["name": "Renamed", "logo_url": nil])
            // then
            #expect(updated.status == .ok)
            #expect(try updated.decode(JSONShape.self).nullKeys == ["logo_url"])
            let summary = try updated.decode(OrgSummary.self).organization
            #expect(summary.name == "Renamed")
            #expect(summary.brandColor == "#111111")
            #expect(summary.slug == fixture.slug)
            #expect(summary.memberCount == 3)
            let read = try await api.send(.get, uri, as: .anonymous)
            #expect(try read.decode(OrgSummary.self).organization.name == "Renamed")
        }
    }

    @Test(arguments: [(TestWorld.Persona.orgInstructor, "Insufficient permissions"),
                      (.otherOrgOwner, "Not a member of this organization")])
    func onlyOwnersUpdate(_ persona: TestWorld.Persona, _ detail: String) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let refused = try await api.send(.patch, "/api/orgs/\(fixture.slug)", as: persona, json: ["name": "Hijack"])
            #expect(refused.status == .forbidden)
            #expect(refused.detail == detail)
            #expect(try await api.send(.get, "/api/orgs/\(fixture.slug)", as: .anonymous).decode(OrgSummary.self).organization.name
                    == "Org A 1")
        }
    }

    @Test(arguments: [(nil, "string_type"), ("", "string_too_short")] as [(String?, String)])
    func anUpdatedNameMustBeAString(_ name: String?, _ type: String) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let response = try await api.send(.patch, "/api/orgs/\(fixture.slug)", as: .orgOwner, json: ["name": name])
            #expect(response.status == .unprocessableContent)
            #expect(response.issues?.first?.type == type)
        }
    }

    @Test func ownersDeleteTheOrganizationWithItsMembersAndEvents() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let uri = "/api/orgs/\(fixture.slug)"
            // when
            let instructor = try await api.send(.delete, uri, as: .orgInstructor)
            let deleted = try await api.send(.delete, uri, as: .orgOwner)
            // then
            #expect(instructor.status == .forbidden)
            #expect(deleted.status == .ok)
            #expect(try deleted.decode(StatusResponse.self).status == "deleted")
            #expect(try await api.send(.get, uri, as: .anonymous).status == .notFound)
            #expect(try await api.send(.get, uri + "/events", as: .orgStudent).status == .notFound)
            #expect(try await api.orgList(as: .orgStudent).isEmpty)
            #expect(try await api.send(.get, "/api/orgs/\(fixture.otherSlug)/events", as: .otherOrgOwner).status == .ok)
            let recreated = try await api.send(.post, "/api/orgs", as: .driverA, json: ["name": "Again", "slug": fixture.slug])
            #expect(recreated.status == .ok)
        }
    }
}

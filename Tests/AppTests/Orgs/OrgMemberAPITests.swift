import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import Storage
import TestSupport

/// `GET/POST /api/orgs/{slug}/members`, `DELETE /api/orgs/{slug}/members/{user_id}`.
@Suite struct OrgMemberAPITests {
    @Test func membersSeeTheListWithNamesRolesAndRunGroups() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let response = try await api.members(of: fixture.slug, as: .orgStudent)
            // then
            #expect(response.status == .ok)
            let members = try response.decode(MemberListResponse.self).members.map(\.member)
            let shapes = try #require(try response.decode(JSONShape.self).lists["members"])
            #expect(members.count == 3)
            let index = try #require(members.firstIndex { $0.userID == fixture.studentID })
            let student = members[index]
            #expect(shapes[index].keys == ["user_id", "name", "email", "role", "run_group", "joined_at"])
            #expect(student.email == "org-student@example.com")
            #expect(student.name == "org-student".capitalized)
            #expect(student.role == .student)
            #expect(student.runGroup == "B")
            #expect(response.text.contains(#""joined_at":"\#(Timestamp.iso8601(student.joinedAt))""#))
            #expect(Timestamp.iso8601(student.joinedAt).hasSuffix("+00:00"))
            let roles = Dictionary(uniqueKeysWithValues: members.map { ($0.userID, $0.role) })
            #expect(roles == [fixture.ownerID: .owner, fixture.instructorID: .instructor, fixture.studentID: .student])
            let owner = try #require(members.firstIndex { $0.role == .owner })
            #expect(shapes[owner].nullKeys.contains("run_group"))
        }
    }

    @Test(arguments: [(TestWorld.Persona.driverA, HTTPResponse.Status.forbidden), (.otherOrgOwner, .forbidden),
                      (.anonymous, .unauthorized)])
    func nonMembersCannotSeeTheList(_ persona: TestWorld.Persona, _ status: HTTPResponse.Status) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let response = try await api.members(of: fixture.slug, as: persona)
            #expect(response.status == status)
            if status == .forbidden { #expect(response.detail == "Not a member of this organization") }
        }
    }

    @Test(arguments: [(TestWorld.Persona.orgInstructor, nil, nil, OrgRole.student), (.orgOwner, "member", nil, .student),
                      (.orgOwner, "instructor", "A", .instructor)] as [(TestWorld.Persona, String?, String?, OrgRole)])
    func staffAddMembers(_ adder: TestWorld.Persona, _ role: String?, _ runGroup: String?, _ expected: OrgRole) async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let added = try await api.addMember(.driverA, role: role, runGroup: runGroup, to: fixture.slug, as: adder)
            // then
            #expect(added.status == .ok)
            #expect(try added.decode(StatusResponse.self).status == "added")
            let driverA = try await api.userID(.driverA)
            let member = try await api.memberList(of: fixture.slug, as: .orgOwner).first { $0.userID == driverA }
            #expect(member?.role == expected)
            #expect(member?.runGroup == runGroup)
        }
    }

    /// An unknown role, or no user id, is a 422 naming the problem, and nobody is added.
    @Test(arguments: [(true, "admin", "enum", ["body", "role"]), (false, "student", "missing", nil)] as [(Bool, String, String, [String]?)])
    func invalidMemberBodiesAre422(_ withUser: Bool, _ role: String, _ type: String, _ loc: [String]?) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            var body: [String: Any?] = ["role": role]
            if withUser { body["user_id"] = try await api.userID(.driverA) }
            let response = try await api.send(.post, "/api/orgs/\(fixture.slug)/members", as: .orgOwner, json: body)
            #expect(response.status == .unprocessableContent)
            #expect(response.issues?.first?.type == type)
            if let loc { #expect(response.issues?.first?.loc == loc) }
            #expect(try await api.memberList(of: fixture.slug, as: .orgOwner).count == 3)
        }
    }

    @Test(arguments: [(TestWorld.Persona.orgStudent, "Insufficient permissions"), (.otherOrgOwner, "Not a member of this organization")])
    func onlyStaffAddMembers(_ adder: TestWorld.Persona, _ detail: String) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let response = try await api.addMember(.driverA, to: fixture.slug, as: adder)
            #expect(response.status == .forbidden)
            #expect(response.detail == detail)
            #expect(try await api.memberList(of: fixture.slug, as: .orgOwner).count == 3)
        }
    }

    @Test func addingAMemberAgainIs409AndKeepsTheRole() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let twice = try await api.addMember(.orgStudent, role: "instructor", to: fixture.slug, as: .orgOwner)
            #expect(twice.status == .conflict)
            #expect(twice.detail == "User is already a member")
            #expect(try await api.memberList(of: fixture.slug, as: .orgOwner).first { $0.userID == fixture.studentID }?.role == .student)
        }
    }

    @Test func addedMembersGainAccessAtOnce() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let events = "/api/orgs/\(fixture.slug)/events"
            #expect(try await api.send(.get, events, as: .driverA).status == .forbidden)
            // when
            _ = try await api.addMember(.driverA, role: "instructor", to: fixture.slug, as: .orgOwner)
            // then
            #expect(try await api.send(.get, events, as: .driverA).status == .ok)
            let created = try await api.send(.post, events, as: .driverA,
                                             json: ["name": "Track night", "track_name": "Barber", "event_date": "2026-07-01"])
            #expect(created.status == .ok)
        }
    }

    @Test func ownersRemoveMembers() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let studentURI = "/api/orgs/\(fixture.slug)/members/\(fixture.studentID)"
            // when
            let removed = try await api.send(.delete, studentURI, as: .orgOwner)
            let again = try await api.send(.delete, studentURI, as: .orgOwner)
            // then
            #expect(removed.status == .ok)
            #expect(try removed.decode(StatusResponse.self).status == "removed")
            #expect(again.status == .notFound)
            #expect(again.detail == "Member not found")
            let afterwards = try await api.members(of: fixture.slug, as: .orgStudent)
            #expect(afterwards.status == .forbidden)
            #expect(afterwards.detail == "Not a member of this organization")
        }
    }

    @Test(arguments: [(TestWorld.Persona.orgInstructor, "Insufficient permissions"), (.orgStudent, nil)] as [(TestWorld.Persona, String?)])
    func onlyOwnersRemoveMembers(_ persona: TestWorld.Persona, _ detail: String?) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let response = try await api.send(.delete, "/api/orgs/\(fixture.slug)/members/\(fixture.studentID)", as: persona)
            #expect(response.status == .forbidden)
            if let detail { #expect(response.detail == detail) }
            #expect(try await api.memberList(of: fixture.slug, as: .orgOwner).count == 3)
        }
    }

    @Test func removingANonMemberIs404() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let stranger = try await api.send(.delete, "/api/orgs/\(fixture.slug)/members/\(fixture.otherOwnerID)", as: .orgOwner)
            let unknownOrg = try await api.send(.delete, "/api/orgs/no-such-org/members/\(fixture.studentID)", as: .orgOwner)
            #expect(stranger.status == .notFound)
            #expect(stranger.detail == "Member not found")
            #expect(unknownOrg.status == .notFound)
            #expect(unknownOrg.detail == "Organization not found")
        }
    }
}

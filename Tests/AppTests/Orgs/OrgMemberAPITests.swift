import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import TestSupport

/// `GET/POST /api/orgs/{slug}/members`, `DELETE /api/orgs/{slug}/members/{user_id}`.
@Suite struct OrgMemberAPITests {
    @Test func membersSeeTheListWithNamesRolesAndRunGroups() async throws {
        try await withTestApp { client, world in
            // given
            let api = OrgAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let uri = "/api/orgs/\(fixture.slug)/members"
            // when
            let asStudent = try await api.send(.get, uri, as: .orgStudent)
            let asStranger = try await api.send(.get, uri, as: .driverA)
            let asOtherOwner = try await api.send(.get, uri, as: .otherOrgOwner)
            let asAnonymous = try await api.send(.get, uri, as: .anonymous)
            // then
            #expect(asStudent.status == .ok)
            let members = try #require((asStudent.json as? [String: Any])?["members"] as? [[String: Any]])
            #expect(members.count == 3)
            let student = try #require(members.first { $0["user_id"] as? String == fixture.studentID })
            #expect(Set(student.keys) == ["user_id", "name", "email", "role", "run_group", "joined_at"])
            #expect(student["email"] as? String == "org-student@example.com")
            #expect(student["name"] as? String == "org-student".capitalized)
            #expect(student["role"] as? String == "student")
            #expect(student["run_group"] as? String == "B")
            #expect((student["joined_at"] as? String)?.hasSuffix("+00:00") == true)
            let roles = Dictionary(uniqueKeysWithValues: members.compactMap { m in
                (m["user_id"] as? String).map { ($0, m["role"] as? String ?? "") } })
            #expect(roles == [fixture.ownerID: "owner", fixture.instructorID: "instructor", fixture.studentID: "student"])
            #expect(members.first { $0["role"] as? String == "owner" }?["run_group"] is NSNull)
            #expect(asStranger.status == .forbidden)
            #expect(asStranger.detail == "Not a member of this organization")
            #expect(asOtherOwner.status == .forbidden)
            #expect(asAnonymous.status == .unauthorized)
        }
    }

    @Test func staffAddMembersAndRolesAreValidated() async throws {
        try await withTestApp { client, world in
            // given
            let api = OrgAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let byInstructor = try await api.addMember(.driverA, to: fixture.slug, as: .orgInstructor)
            let asMember = try await api.addMember(.driverB, role: "member", to: fixture.slug, as: .orgOwner)
            let instructor = try await api.addMember(.instructor, role: "instructor", runGroup: "A", to: fixture.slug, as: .orgOwner)
            let badRole = try await api.addMember(.otherOrgOwner, role: "admin", to: fixture.slug, as: .orgOwner)
            let byStudent = try await api.addMember(.otherOrgOwner, to: fixture.slug, as: .orgStudent)
            let byStranger = try await api.addMember(.driverA, to: fixture.slug, as: .otherOrgOwner)
            let noUser = try await api.send(.post, "/api/orgs/\(fixture.slug)/members", as: .orgOwner, json: ["role": "student"])
            let twice = try await api.addMember(.orgStudent, role: "instructor", to: fixture.slug, as: .orgOwner)
            // then
            #expect(byInstructor.status == .ok)
            #expect((byInstructor.json as? [String: Any])?["status"] as? String == "added")
            #expect(asMember.status == .ok)
            #expect(instructor.status == .ok)
            #expect(badRole.status == .unprocessableContent)
            #expect(OrgAPITests.issue(badRole)?["type"] as? String == "enum")
            #expect(OrgAPITests.issue(badRole)?["loc"] as? [String] == ["body", "role"])
            #expect(byStudent.status == .forbidden)
            #expect(byStudent.detail == "Insufficient permissions")
            #expect(byStranger.status == .forbidden)
            #expect(byStranger.detail == "Not a member of this organization")
            #expect(OrgAPITests.issue(noUser)?["type"] as? String == "missing")
            #expect(twice.status == .conflict)
            #expect(twice.detail == "User is already a member")
            let members = try await api.send(.get, "/api/orgs/\(fixture.slug)/members", as: .orgOwner)
            let list = try #require((members.json as? [String: Any])?["members"] as? [[String: Any]])
            let roleOf = { (id: String) in list.first { $0["user_id"] as? String == id }?["role"] as? String }
            #expect(roleOf(try await api.userID(.driverA)) == "student")
            #expect(roleOf(try await api.userID(.driverB)) == "student")
            #expect(roleOf(try await api.userID(.instructor)) == "instructor")
            #expect(roleOf(fixture.studentID) == "student")
            #expect(roleOf(fixture.otherOwnerID) == nil)
        }
    }

    @Test func addedMembersGainAccessAtOnce() async throws {
        try await withTestApp { client, world in
            // given
            let api = OrgAPI(client: client, world: world)
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
            let api = OrgAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let studentURI = "/api/orgs/\(fixture.slug)/members/\(fixture.studentID)"
            // when
            let byInstructor = try await api.send(.delete, studentURI, as: .orgInstructor)
            let byStudentSelf = try await api.send(.delete, studentURI, as: .orgStudent)
            let removed = try await api.send(.delete, studentURI, as: .orgOwner)
            let again = try await api.send(.delete, studentURI, as: .orgOwner)
            let stranger = try await api.send(.delete, "/api/orgs/\(fixture.slug)/members/\(fixture.otherOwnerID)", as: .orgOwner)
            let unknownOrg = try await api.send(.delete, "/api/orgs/no-such-org/members/\(fixture.studentID)", as: .orgOwner)
            // then
            #expect(byInstructor.status == .forbidden)
            #expect(byInstructor.detail == "Insufficient permissions")
            #expect(byStudentSelf.status == .forbidden)
            #expect(removed.status == .ok)
            #expect((removed.json as? [String: Any])?["status"] as? String == "removed")
            #expect(again.status == .notFound)
            #expect(again.detail == "Member not found")
            #expect(stranger.status == .notFound)
            #expect(stranger.detail == "Member not found")
            #expect(unknownOrg.status == .notFound)
            #expect(unknownOrg.detail == "Organization not found")
            let afterwards = try await api.send(.get, "/api/orgs/\(fixture.slug)/members", as: .orgStudent)
            #expect(afterwards.status == .forbidden)
            #expect(afterwards.detail == "Not a member of this organization")
        }
    }
}

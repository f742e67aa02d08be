import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// platform.md §15 weak points 10, 19 and 28, one named test each.
@Suite struct OrgWeakPointTests {
    /// Weak point 10: an instructor could add owners.
    @Test func instructorCannotGrantOwner() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let owner = try await api.addMember(.driverA, role: "owner", to: fixture.slug, as: .orgInstructor)
            let instructor = try await api.addMember(.driverA, role: "instructor", to: fixture.slug, as: .orgInstructor)
            let unknownOwner = try await api.send(.post, "/api/orgs/\(fixture.slug)/members", as: .orgInstructor,
                                                  json: ["user_id": "usr_does_not_exist", "role": "owner"])
            // then
            #expect(owner.status == .forbidden)
            #expect(owner.detail == "Insufficient permissions")
            #expect(instructor.status == .forbidden)
            #expect(unknownOwner.status == .forbidden)
            let ids = try await api.memberList(of: fixture.slug, as: .orgOwner).map(\.userID)
            #expect(!ids.contains(try await api.userID(.driverA)))
            #expect(try await api.addMember(.driverA, role: "owner", to: fixture.slug, as: .orgOwner).status == .ok)
        }
    }

    /// Weak point 10: the last owner could leave, orphaning the organization.
    @Test func lastOwnerCannotBeRemovedOrLeave() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let ownerURI = "/api/orgs/\(fixture.slug)/members/\(fixture.ownerID)"
            // when
            let leaving = try await api.send(.delete, ownerURI, as: .orgOwner)
            _ = try await api.addMember(.driverA, role: "owner", to: fixture.slug, as: .orgOwner)
            let removedByCoOwner = try await api.send(.delete, ownerURI, as: .driverA)
            let coOwnerLeaving = try await api.send(.delete, "/api/orgs/\(fixture.slug)/members/\(try await api.userID(.driverA))",
                                                    as: .driverA)
            // then
            #expect(leaving.status == .conflict)
            #expect(leaving.detail == "Cannot remove the last owner of the organization")
            #expect(removedByCoOwner.status == .ok)
            #expect(coOwnerLeaving.status == .conflict)
            let summary = try await api.send(.get, "/api/orgs/\(fixture.slug)", as: .anonymous)
            #expect(try summary.decode(OrgSummary.self).organization.memberCount == 3)
        }
    }

    /// Weak point 19: a duplicate slug was a 500.
    @Test func duplicateSlugIs409Not500() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            try await api.createOrg("se-hpde", as: .orgOwner)
            // when
            let duplicate = try await api.send(.post, "/api/orgs", as: .driverA, json: ["name": "Other", "slug": "se-hpde"])
            // then
            #expect(duplicate.status == .conflict)
            #expect(duplicate.detail == "Organization slug 'se-hpde' is already taken")
            #expect(try await api.orgList(as: .driverA).isEmpty)
        }
    }

    /// Weak point 19: an unknown member user was a 500 (foreign key).
    @Test func unknownMemberUserIs404() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let response = try await api.send(.post, "/api/orgs/\(fixture.slug)/members", as: .orgOwner,
                                              json: ["user_id": "usr_does_not_exist", "role": "student"])
            // then
            #expect(response.status == .notFound)
            #expect(response.detail == "User not found")
        }
    }

    /// An event id of another organization is not found through this organization's path.
    @Test func eventOfAnotherOrgIs404() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let crossOrg = try await api.send(.delete, "/api/orgs/\(fixture.slug)/events/\(fixture.otherEventID)", as: .orgOwner)
            let viaOwnPath = try await api.send(.delete, "/api/orgs/\(fixture.otherSlug)/events/\(fixture.otherEventID)", as: .orgOwner)
            // then
            #expect(crossOrg.status == .notFound)
            #expect(crossOrg.detail == "Event not found")
            #expect(viaOwnPath.status == .forbidden)
            #expect(try await api.eventList(of: fixture.otherSlug, as: .otherOrgOwner).map(\.id) == [fixture.otherEventID])
        }
    }

    /// Weak point 28: event dates lost their offset (forced to UTC).
    @Test func eventDateOffsetIsPreserved() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let created = try await api.createEvent(in: fixture.slug, date: "2026-06-01T09:00:00-04:00", as: .orgOwner)
            let dates = try await api.eventList(of: fixture.slug, as: .orgStudent).map(\.eventDate)
            // then
            #expect(try created.decode(EventEntry.self).event.eventDate == "2026-06-01T09:00:00-04:00")
            #expect(dates.contains("2026-06-01T09:00:00-04:00"))
        }
    }
}

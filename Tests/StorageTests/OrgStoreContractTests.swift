import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: organization store")
struct OrgStoreContractTests {
    private func insertUser(_ db: any SQLExecutor, _ id: String) async throws {
        try await db.execute("INSERT INTO users (id, email, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)",
                             [.text(id), .text("\(id)@example.com"), .text(id.capitalized), .date(Date())])
    }

    private func makeOrg(_ store: SQLOrgStore, _ slug: String, owner: String) async throws -> Organization {
        guard case .created(let organization) = try await store.create(NewOrganization(name: "Org \(slug)", slug: slug), ownerID: owner)
        else { throw TestWorldError(description: "could not create \(slug)") }
        return organization
    }

    private func event(_ name: String, _ text: String, _ iso: String, groups: [String]? = nil) throws -> NewOrgEvent {
        let instant = try #require(SQLTimestamp.parse(iso))
        return NewOrgEvent(name: name, trackName: "Barber", eventDate: text, eventAt: instant, runGroups: groups)
    }

    @Test("create stores the organization with its creator as owner; a duplicate slug stores nothing", arguments: TestDatabase.backends)
    func createAndDuplicateSlug(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            try await insertUser(db, "olivia")
            try await insertUser(db, "otto")
            let store = SQLOrgStore(database: db)
            // when
            let outcome = try await store.create(
                NewOrganization(name: "Southeast HPDE", slug: "se-hpde", logoURL: nil, brandColor: "#d92b2b"), ownerID: "olivia")
            let duplicate = try await store.create(NewOrganization(name: "Copycat", slug: "se-hpde"), ownerID: "otto")
            // then
            guard case .created(let organization) = outcome else { Issue.record("expected created, got \(outcome)"); return }
            #expect(organization.name == "Southeast HPDE")
            #expect(organization.brandColor == "#d92b2b")
            #expect(organization.logoURL == nil)
            #expect(organization.memberCount == 1)
            #expect(organization.id.count == 12)
            #expect(duplicate == .slugTaken)
            #expect(try await count(db, "organizations") == 1)
            #expect(try await count(db, "org_memberships") == 1)
            #expect(try await store.members(organization.scope).map(\.role) == [.owner])
            #expect(try await store.roles(OwnerScope(userID: "olivia")) == [organization.id: .owner])
            #expect(try await store.roles(OwnerScope(userID: "otto")).isEmpty)
            #expect(try await store.locate(slug: "se-hpde") == organization)
            #expect(try await store.locate(slug: "nope") == nil)
        }
    }

    @Test("members: unknown users and existing members are typed outcomes", arguments: TestDatabase.backends)
    func membershipRules(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            for user in ["olivia", "ian", "sam"] { try await insertUser(db, user) }
            let store = SQLOrgStore(database: db)
            let org = try await makeOrg(store, "track-club", owner: "olivia")
            // when
            let ghost = try await store.addMember(userID: "ghost", role: .student, runGroup: nil, org.scope)
            let ian = try await store.addMember(userID: "ian", role: .instructor, runGroup: nil, org.scope)
            let sam = try await store.addMember(userID: "sam", role: .student, runGroup: "B", org.scope)
            let again = try await store.addMember(userID: "sam", role: .owner, runGroup: nil, org.scope)
            // then
            #expect(ghost == .unknownUser)
            guard case .added(let added) = sam else { Issue.record("expected added, got \(sam)"); return }
            #expect(added.name == "Sam" && added.email == "sam@example.com" && added.runGroup == "B")
            if case .added = ian {} else { Issue.record("expected added, got \(ian)") }
            #expect(again == .alreadyMember)
            let members = try await store.members(org.scope)
            #expect(Set(members.map(\.userID)) == ["olivia", "ian", "sam"])
            #expect(members.first { $0.userID == "sam" }?.role == .student)
            #expect(try await store.roles(OwnerScope(userID: "sam")) == [org.id: .student])
            let listed = try await store.organizations(OwnerScope(userID: "sam"))
            #expect(listed.map(\.slug) == ["track-club"])
            #expect(listed.first?.memberCount == 3)
            #expect(try await store.organizations(OwnerScope(userID: "ghost")).isEmpty)
        }
    }

    @Test("the last owner can neither leave nor be removed", arguments: TestDatabase.backends)
    func lastOwnerGuard(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            for user in ["olivia", "otto", "sam"] { try await insertUser(db, user) }
            let store = SQLOrgStore(database: db)
            let org = try await makeOrg(store, "solo-owner", owner: "olivia")
            _ = try await store.addMember(userID: "sam", role: .student, runGroup: nil, org.scope)
            // when / then
            #expect(try await store.removeMember(userID: "olivia", org.scope) == .lastOwner)
            #expect(try await store.members(org.scope).contains { $0.userID == "olivia" && $0.role == .owner })
            _ = try await store.addMember(userID: "otto", role: .owner, runGroup: nil, org.scope)
            #expect(try await store.removeMember(userID: "olivia", org.scope) == .removed)
            #expect(try await store.removeMember(userID: "otto", org.scope) == .lastOwner)
            #expect(try await store.removeMember(userID: "olivia", org.scope) == .notMember)
            #expect(try await store.removeMember(userID: "sam", org.scope) == .removed)
            #expect(try await store.members(org.scope).map(\.userID) == ["otto"])
        }
    }

    @Test("concurrent removals of two owners leave one owner", arguments: TestDatabase.backends)
    func concurrentOwnerRemovals(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given: many organizations with two owners each, so that removals really interleave
            for user in ["olivia", "otto"] { try await insertUser(db, user) }
            let store = SQLOrgStore(database: db)
            var scopes: [OrgScope] = []
            for index in 0..<16 {
                let org = try await makeOrg(store, "two-owners-\(index)", owner: "olivia")
                _ = try await store.addMember(userID: "otto", role: .owner, runGroup: nil, org.scope)
                scopes.append(org.scope)
            }
            // when: both owners of every organization are removed at once
            let outcomes = try await withThrowingTaskGroup(of: (String, MemberRemoval).self) { group in
                for scope in scopes {
                    for user in ["olivia", "otto"] {
                        group.addTask { (scope.orgID, try await store.removeMember(userID: user, scope)) }
                    }
                }
                return try await group.reduce(into: [String: [MemberRemoval]]()) { $0[$1.0, default: []].append($1.1) }
            }
            // then: exactly one removal per organization went through
            for scope in scopes {
                #expect(outcomes[scope.orgID]?.filter { $0 == .removed }.count == 1)
                #expect(outcomes[scope.orgID]?.filter { $0 == .lastOwner }.count == 1)
                #expect(try await store.members(scope).filter { $0.role == .owner }.count == 1)
            }
        }
    }

    @Test("events are listed by instant, keep their text, and never cross organizations", arguments: TestDatabase.backends)
    func eventsScopedByOrg(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            for user in ["olivia", "otto"] { try await insertUser(db, user) }
            let store = SQLOrgStore(database: db)
            let a = try await makeOrg(store, "org-a", owner: "olivia")
            let b = try await makeOrg(store, "org-b", owner: "otto")
            let late = try await store.createEvent(
                try event("late", "2026-06-01T09:00:00-04:00", "2026-06-01T13:00:00Z", groups: ["A", "B"]), a.scope)
            let early = try await store.createEvent(try event("early", "2026-06-01", "2026-06-01T00:00:00Z"), a.scope)
            let other = try await store.createEvent(try event("other", "2026-01-01", "2026-01-01T00:00:00Z"), b.scope)
            // when
            let listed = try await store.events(a.scope)
            // then
            #expect(listed.map(\.name) == ["early", "late"])
            #expect(listed.last?.eventDate == "2026-06-01T09:00:00-04:00")
            #expect(listed.last?.runGroups == ["A", "B"])
            #expect(listed.first?.runGroups == nil)
            #expect(listed.allSatisfy { $0.orgID == a.id })
            #expect(late.id.count == 12 && late.id != early.id)
            #expect(try await store.deleteEvent(id: other.id, a.scope) == false)
            #expect(try await store.events(b.scope).map(\.id) == [other.id])
            #expect(try await store.deleteEvent(id: late.id, a.scope))
            #expect(try await store.deleteEvent(id: late.id, a.scope) == false)
            #expect(try await store.events(a.scope).map(\.id) == [early.id])
        }
    }

    @Test("update changes only the fields given", arguments: TestDatabase.backends)
    func partialUpdate(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            try await insertUser(db, "olivia")
            let store = SQLOrgStore(database: db)
            guard case .created(let org) = try await store.create(
                NewOrganization(name: "Old", slug: "brand", logoURL: "https://x/logo.png", brandColor: "#000000"), ownerID: "olivia")
            else { Issue.record("not created"); return }
            // when
            let updated = try await store.update(OrganizationChanges(name: .set("New"), logoURL: .set(nil)), org.scope)
            let unchanged = try await store.update(OrganizationChanges(), org.scope)
            // then
            #expect(updated?.name == "New")
            #expect(updated?.logoURL == nil)
            #expect(updated?.brandColor == "#000000")
            #expect(updated?.slug == "brand")
            #expect(unchanged == updated)
            #expect(try await store.update(OrganizationChanges(name: .set("X")), OrgScope(orgID: "missing")) == nil)
        }
    }

    @Test("deleting an organization cascades to memberships and events; deleting a user to memberships", arguments: TestDatabase.backends)
    func cascades(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            // given
            for user in ["olivia", "sam", "otto"] { try await insertUser(db, user) }
            let store = SQLOrgStore(database: db)
            let doomed = try await makeOrg(store, "doomed", owner: "olivia")
            let kept = try await makeOrg(store, "kept", owner: "otto")
            _ = try await store.addMember(userID: "sam", role: .student, runGroup: nil, doomed.scope)
            _ = try await store.addMember(userID: "sam", role: .student, runGroup: nil, kept.scope)
            _ = try await store.createEvent(try event("e", "2026-01-01", "2026-01-01T00:00:00Z"), doomed.scope)
            _ = try await store.createEvent(try event("k", "2026-01-01", "2026-01-01T00:00:00Z"), kept.scope)
            // when
            let deleted = try await store.delete(doomed.scope)
            // then
            #expect(deleted)
            #expect(try await store.delete(doomed.scope) == false)
            #expect(try await store.locate(slug: "doomed") == nil)
            #expect(try await count(db, "org_events") == 1)
            #expect(try await count(db, "org_memberships") == 2)
            #expect(try await store.roles(OwnerScope(userID: "sam")) == [kept.id: .student])
            try await db.execute("DELETE FROM users WHERE id = $1", [.text("sam")])
            #expect(try await store.members(kept.scope).map(\.userID) == ["otto"])
        }
    }
}

import Foundation
import Logging
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: user store")
struct UserStoreContractTests {
    func identity(_ sub: String, _ email: String, name: String = "N", picture: String? = nil, link: Bool = true) -> ArrivingIdentity {
        ArrivingIdentity(subject: sub, email: email, name: name, picture: picture, linkByEmail: link)
    }

    @Test("first sight creates a user with a stable internal id", arguments: TestDatabase.backends)
    func createsUser(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLUserStore(database: db, logger: TestDatabase.logger)
            // when
            let first = try await store.ensureUser(identity("google-1", "Sam@Example.org", name: "Sam"))
            let again = try await store.ensureUser(identity("google-1", "sam@example.org", name: "Sam C"))
            // then
            #expect(first.id.hasPrefix("usr_"))
            #expect(first.id != "google-1")
            #expect(again.id == first.id)
            #expect(again.name == "Sam C")
            #expect(first.email == "sam@example.org")
            #expect(first.skillLevel == .intermediate && first.role == .driver && !first.leaderboardOptIn)
        }
    }

    @Test("a new sub with a known email maps to the same user; without linking it does not", arguments: TestDatabase.backends)
    func linksByEmail(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLUserStore(database: db, logger: TestDatabase.logger)
            let first = try await store.ensureUser(identity("s1", "a@example.com", picture: "p1"))
            let second = try await store.ensureUser(identity("s2", "a@example.com", picture: nil))
            #expect(second.id == first.id)
            #expect(second.avatarURL == "p1")
            await #expect(throws: IdentityConflict.emailHeldByAnotherAccount) {
                _ = try await store.ensureUser(identity("qa-1", "a@example.com", link: false))
            }
            #expect(try await store.user(id: first.id)?.email == "a@example.com", "the account is untouched")
        }
    }

    @Test("only dev-bypass users take their subject as id; every other new user gets a usr_ id", arguments: TestDatabase.backends)
    func userIDScheme(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLUserStore(database: db, logger: TestDatabase.logger)
            let bypass = try await store.ensureUser(ArrivingIdentity(
                subject: "test-alex", email: "alex@test.example", name: "Alex", picture: nil, linkByEmail: false, subjectIsUserID: true))
            #expect(bypass.id == "test-alex")
            let unverified = try await store.ensureUser(identity("random-sub-1", "new@example.com", link: false))
            #expect(unverified.id.hasPrefix("usr_"))
        }
    }

    @Test("concurrent first requests create one user", arguments: TestDatabase.backends)
    func concurrentFirstSight(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLUserStore(database: db, logger: TestDatabase.logger)
            let ids = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<8 { group.addTask { try await store.ensureUser(self.identity("race", "race@example.com")).id } }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(ids.count == 1)
        }
    }

    @Test("skill level and role updates", arguments: TestDatabase.backends)
    func updates(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLUserStore(database: db, logger: TestDatabase.logger)
            let user = try await store.ensureUser(identity("s", "coach@example.com"))
            #expect(try await store.updateSkillLevel(userID: user.id, to: .advanced)?.skillLevel == .advanced)
            #expect(try await store.setRole(email: "COACH@example.com", to: .instructor)?.role == .instructor)
            #expect(try await store.setRole(email: "nobody@example.com", to: .instructor) == nil)
        }
    }
}

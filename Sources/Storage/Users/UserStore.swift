import Foundation

/// Users and their identity-provider subjects.
public protocol UserStore: Sendable {
    /// Finds or creates the user behind an arriving identity (platform.md §1.5 "New"): the `sub → user`
    /// mapping first, then (when allowed) an existing user with the same email, else a new user.
    func ensureUser(_ identity: ArrivingIdentity) async throws -> UserAccount
    func user(id: String) async throws -> UserAccount?
    func user(email: String) async throws -> UserAccount?
    func updateSkillLevel(userID: String, to level: SkillLevel) async throws -> UserAccount?
    func setRole(email: String, to role: PlatformRole) async throws -> UserAccount?
    /// Sets the platform role of the user with this id; nil when there is none.
    func setRole(userID: String, to role: PlatformRole) async throws -> UserAccount?
    /// The sentinel owner of the demo session (`DemoUser`), created on first use.
    func ensureDemoUser(now: Date) async throws -> UserAccount
}

import Testing
@testable import Policy

/// The tenancy stage loads a relationship only when the decision needs it; the engine says which.
@Suite struct RelationshipDemandTests {
    static let text = """
        version: 1
        resources:
          session: { description: s, read_action: session.read }
          org:
            description: o
            read_action: org.read
            forbidden:
              - { unless: [{ org_role: [owner, student] }], detail: Not a member }
              - { detail: Insufficient permissions }
        actions:
          session.read: { resource: session, description: r }
          session.tag: { resource: session, description: t, forbidden: Only the owner tags }
          org.read: { resource: org, description: r }
          org.rename: { resource: org, description: n }
        rules:
          - { id: owner, effect: permit, principal: user, action: [session.read, session.tag], resource: session, when: [is_owner] }
          - { id: coach, effect: permit, principal: user, action: session.read, resource: session, when: [instructs_owner] }
          - { id: public-org, effect: permit, principal: [anonymous, user], action: org.read, resource: org }
          - { id: org-owner, effect: permit, principal: user, action: org.rename, resource: org, when: [{ org_role: [owner] }] }
        """

    static func engine() throws -> PolicyEngine { PolicyEngine(policy: try PolicyLoader.parse(text)) }
    static let session = ResourceFacts(kind: "session", id: "s1", ownerID: "alex")
    static let org = ResourceFacts(kind: "org", id: "o1", orgID: "o1")

    static func unloaded(_ id: String, role: String = "driver") -> Principal {
        Principal(kind: .user, userID: id, platformRole: role, knownRelationships: [])
    }

    @Test func ownerReadingOwnSessionNeedsNoRelationship() throws {
        #expect(try Self.engine().relationshipsNeeded(Self.unloaded("alex"), "session.read", Self.session).isEmpty)
    }

    @Test func anotherUserReadingNeedsTheirStudents() throws {
        #expect(try Self.engine().relationshipsNeeded(Self.unloaded("morgan"), "session.read", Self.session) == [.activeStudents])
    }

    @Test func refusedWriteNeedsWhatDecidesReadability() throws {
        // session.tag is refused without relationships; whether it is 403 or 404 depends on session.read
        #expect(try Self.engine().relationshipsNeeded(Self.unloaded("morgan"), "session.tag", Self.session) == [.activeStudents])
    }

    @Test func wordingThatNamesARoleNeedsTheRoles() throws {
        // org.rename is undecided without roles; once known and refused, org.read is public, so the wording decides
        var caller = Self.unloaded("sam")
        #expect(try Self.engine().relationshipsNeeded(caller, "org.rename", Self.org) == [.orgRoles])
        caller.knownRelationships = [.orgRoles]
        #expect(try Self.engine().relationshipsNeeded(caller, "org.rename", Self.org).isEmpty)
    }

    @Test func anonymousAndShareCallersNeedNothing() throws {
        let engine = try Self.engine()
        #expect(engine.relationshipsNeeded(.anonymous, "session.read", Self.session).isEmpty)
        #expect(engine.relationshipsNeeded(Principal(kind: .share, shareLinkID: "l1", sharedSessionID: "s1"), "session.read",
                                           Self.session).isEmpty)
        #expect(engine.relationshipsNeeded(Self.unloaded("alex"), "session.read", nil).isEmpty)
    }

    @Test(arguments: [(nil as String?, "Not a member"), ("student", "Insufficient permissions")])
    func refusalIsWordedByThePolicy(role: String?, detail: String) throws {
        let caller = Principal(kind: .user, userID: "sam", orgRoles: role.map { ["o1": $0] } ?? [:])
        let authorization = try Self.engine().authorize(caller, "org.rename", Self.org)
        #expect(authorization.outcome == .forbidden)
        #expect(authorization.forbiddenDetail == detail)
    }

    @Test func anActionsOwnWordingWins() throws {
        var coach = Principal.user("morgan", role: "instructor")
        coach.activeStudentIDs = ["alex"]
        let authorization = try Self.engine().authorize(coach, "session.tag", Self.session)
        #expect(authorization.outcome == .forbidden)
        #expect(authorization.forbiddenDetail == "Only the owner tags")
    }

    @Test func wordingConditionsAreCheckedAtLoad() {
        let broken = Self.text.replacingOccurrences(of: "{ org_role: [owner, student] }", with: "shared_session")
        #expect(throws: PolicyError.self) { try PolicyLoader.parse(broken) }
    }
}

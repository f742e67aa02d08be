import Testing
@testable import Policy

/// Which actions every caller may do whoever they are, so that their routes skip authentication and the user lookup.
@Suite struct OpenActionTests {
    static let text = """
        version: 1
        resources:
          platform: { description: p, read_action: platform.read }
          session: { description: s, read_action: session.read }
        actions:
          platform.read: { resource: platform, description: r }
          platform.tune: { resource: platform, description: t }
          platform.peek: { resource: platform, description: k }
          platform.guarded: { resource: platform, description: g }
          session.read: { resource: session, description: r }
        rules:
          - { id: public, effect: permit, principal: [anonymous, user, share, claim], action: [platform.read, platform.guarded], resource: platform }
          - { id: no-shares, effect: forbid, principal: share, action: platform.guarded, resource: platform }
          - { id: operators, effect: permit, principal: user, action: platform.tune, resource: platform, when: [platform_admin] }
          - { id: most, effect: permit, principal: [anonymous, user], action: platform.peek, resource: platform }
          - { id: owner, effect: permit, principal: user, action: session.read, resource: session, when: [is_owner] }
        """

    @Test func anUnconditionalPermitForEveryKindWithNoForbidIsOpen() throws {
        let engine = PolicyEngine(policy: try PolicyLoader.parse(Self.text))
        #expect(engine.isOpenToEveryone("platform.read"))
    }

    @Test func aForbidAConditionOrAMissingKindClosesIt() throws {
        let engine = PolicyEngine(policy: try PolicyLoader.parse(Self.text))
        #expect(!engine.isOpenToEveryone("platform.guarded"))
        #expect(!engine.isOpenToEveryone("platform.tune"))
        #expect(!engine.isOpenToEveryone("platform.peek"))
        #expect(!engine.isOpenToEveryone("session.read"))
        #expect(!engine.isOpenToEveryone("platform.unknown"))
    }

    @Test func theProjectsOpenActionsAreThePublicReads() throws {
        let engine = try PolicyBundle.load(directory: PolicyFilesTests.directory).engine
        let open = engine.policy.catalogue.actions.keys.filter(engine.isOpenToEveryone).sorted()
        #expect(open == ["demo.read", "equipment.reference.read", "platform.read"])
    }
}

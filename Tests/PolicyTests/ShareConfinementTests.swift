import Foundation
import Testing
@testable import Policy

/// A share token acts on its own link only: every action on every other tenant resource kind is denied by the
/// `share-token-confined` forbid, including kinds added later (this test fails until the forbid names them).
@Suite struct ShareConfinementTests {
    static let holder = Principal(kind: .share, shareLinkID: "l1", sharedSessionID: "s1")
    /// Kinds a share token may touch: its link, and the public service information.
    static let open: Set<String> = ["share_link", "platform"]

    @Test func everyActionOnEveryOtherKindIsForbidden() throws {
        let bundle = try PolicyFilesTests.bundle()
        let policy = bundle.policy
        let engine = bundle.engine
        let actions = policy.catalogue.actions.values.filter { !Self.open.contains($0.resource) }
        #expect(actions.count > 30)
        for action in actions {
            // even a resource the token publishes (the session s1) or that has no owner
            for resource in [ResourceFacts(kind: action.resource, id: "s1", ownerID: "alex", orgID: "o1"),
                             ResourceFacts(kind: action.resource, id: "x")] {
                let decision = engine.decide(Self.holder, action.name, resource)
                #expect(!decision.isAllowed, "\(action.name) on \(resource.summary)")
                #expect(decision.ruleIDs == ["share-token-confined"], "\(action.name): \(decision.ruleIDs)")
            }
        }
    }

    @Test func aTokenNeverRevokesEvenItsOwnLink() throws {
        let decision = try PolicyFilesTests.bundle().engine.decide(
            Self.holder, "share.revoke", ResourceFacts(kind: "share_link", id: "l1", ownerID: "alex"))
        #expect(decision.ruleIDs == ["share-token-never-revokes"] && !decision.isAllowed)
    }

    @Test func actionWildcardCoversExactlyTheListedKinds() throws {
        let text = """
        version: 1
        resources:
          a: { description: A }
          b: { description: B }
        actions:
          a.read: { resource: a, description: read a }
          a.write: { resource: a, description: write a }
          b.read: { resource: b, description: read b }
        rules:
          - { id: no-a, effect: forbid, principal: share, action: "*", resource: [a] }
        """
        let policy = try PolicyLoader.parse(text)
        #expect(policy.rules[0].actions == ["a.read", "a.write"])
        #expect(policy.rules[0].resources == ["a"])
    }
}

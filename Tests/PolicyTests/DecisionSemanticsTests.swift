import Testing
@testable import Policy

/// Default deny, forbid wins, rule ids carried, and the one HTTP outcome mapping.
@Suite struct DecisionSemanticsTests {
    static let text = """
        version: 1
        resources:
          session: { description: s, read_action: session.read }
        actions:
          session.read: { resource: session, description: r }
          session.delete: { resource: session, description: d }
        rules:
          - { id: owner, effect: permit, principal: user, action: [session.read, session.delete], resource: session, when: [is_owner] }
          - { id: coach, effect: permit, principal: user, action: session.read, resource: session, when: [instructs_owner] }
          - { id: share-read, effect: permit, principal: share, action: [session.read, session.delete], resource: session, when: [shared_session] }
          - { id: share-never-deletes, effect: forbid, principal: share, action: session.delete, resource: session }
        """
    let engine: PolicyEngine

    init() throws {
        engine = PolicyEngine(policy: try PolicyLoader.parse(Self.text))
    }

    let session = ResourceFacts(kind: "session", id: "s1", ownerID: "alex")

    @Test func defaultDenyCarriesNoRules() {
        let decision = engine.decide(.user("jordan"), "session.read", session)
        #expect(decision == Decision(effect: .deny, ruleIDs: []))
        #expect(decision.ruleSummary == "default-deny")
    }

    @Test func permitCarriesRuleID() {
        #expect(engine.decide(.user("alex"), "session.read", session) == Decision(effect: .allow, ruleIDs: ["owner"]))
        var coach = Principal.user("morgan", role: "instructor")
        coach.activeStudentIDs = ["alex"]
        #expect(engine.decide(coach, "session.read", session) == Decision(effect: .allow, ruleIDs: ["coach"]))
        #expect(engine.decide(coach, "session.delete", session) == Decision(effect: .deny, ruleIDs: []))
    }

    @Test func forbidWinsOverPermit() {
        let share = Principal(kind: .share, shareLinkID: "l1", sharedSessionID: "s1")
        #expect(engine.decide(share, "session.read", session) == Decision(effect: .allow, ruleIDs: ["share-read"]))
        #expect(engine.decide(share, "session.delete", session) == Decision(effect: .deny, ruleIDs: ["share-never-deletes"]))
    }

    @Test func unknownActionIsDenied() {
        #expect(engine.decide(.user("alex"), "session.explode", session).isAllowed == false)
    }

    @Test func outcomeMapping() {
        let allow = Decision(effect: .allow, ruleIDs: ["x"])
        let deny = Decision(effect: .deny, ruleIDs: [])
        #expect(AccessOutcome.map(principal: .user, decision: allow, callerMayRead: false) == .proceed)
        #expect(AccessOutcome.map(principal: .anonymous, decision: deny, callerMayRead: false) == .unauthenticated)
        #expect(AccessOutcome.map(principal: .user, decision: deny, callerMayRead: true) == .forbidden)
        #expect(AccessOutcome.map(principal: .user, decision: deny, callerMayRead: false) == .notFound)
        #expect(AccessOutcome.map(principal: .share, decision: deny, callerMayRead: false) == .notFound)
        #expect(AccessOutcome.notFound.status == 404 && AccessOutcome.forbidden.status == 403 && AccessOutcome.unauthenticated.status == 401)
    }

    @Test func authorizeHidesExistenceAndAsksAnonymousToSignIn() {
        var coach = Principal.user("morgan", role: "instructor")
        coach.activeStudentIDs = ["alex"]
        #expect(engine.authorize(coach, "session.delete", session).outcome == .forbidden)
        #expect(engine.authorize(.user("jordan"), "session.delete", session).outcome == .notFound)
        #expect(engine.authorize(.anonymous, "session.read", session).outcome == .unauthenticated)
        #expect(engine.authorize(.anonymous, "session.read", nil).outcome == .unauthenticated)
        #expect(engine.authorize(.user("alex"), "session.read", nil).outcome == .notFound)
    }

    @Test func explainShowsEveryRuleAndTheDecision() {
        let share = Principal(kind: .share, shareLinkID: "l1", sharedSessionID: "s1")
        let trace = engine.explain(share, "session.delete", session)
        #expect(trace.text.contains("forbid share-never-deletes: MATCHES"))
        #expect(trace.text.contains("permit owner when is_owner=false: no match"))
        #expect(trace.text.contains("decision:  deny by share-never-deletes"))
        // the token may read this session, so refusing the delete hides nothing: 403
        #expect(trace.text.contains("outcome:   forbidden (HTTP 403)"))
    }
}

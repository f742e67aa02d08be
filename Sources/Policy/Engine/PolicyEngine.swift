/// Default deny; any matching forbid wins; otherwise any matching permit allows.
public struct PolicyEngine: Sendable {
    public let policy: PolicySet
    private let rulesByAction: [String: [Rule]]
    private let anonymousActions: Set<String>
    private let everyoneActions: Set<String>

    public init(policy: PolicySet) {
        self.policy = policy
        var byAction: [String: [Rule]] = [:]
        var anonymous: Set<String> = []
        for rule in policy.rules {
            for action in rule.actions {
                byAction[action, default: []].append(rule)
                if rule.effect == .permit, rule.principals.contains(.anonymous) { anonymous.insert(action) }
            }
        }
        rulesByAction = byAction
        anonymousActions = anonymous
        everyoneActions = Set(byAction.compactMap { action, rules in
            let unconditional = rules.contains {
                $0.effect == .permit && $0.conditions.isEmpty && $0.principals == Set(Principal.Kind.allCases)
            }
            return unconditional && !rules.contains { $0.effect == .forbid } ? action : nil
        })
    }

    /// Decides one request. Unknown actions are denied.
    public func decide(_ principal: Principal, _ action: String, _ resource: ResourceFacts) -> Decision {
        var forbids: [String] = []
        var permits: [String] = []
        for rule in rulesByAction[action] ?? [] where matches(rule, principal, resource) {
            switch rule.effect {
            case .forbid: forbids.append(rule.id)
            case .permit: permits.append(rule.id)
            }
        }
        if !forbids.isEmpty { return Decision(effect: .deny, ruleIDs: forbids) }
        if !permits.isEmpty { return Decision(effect: .allow, ruleIDs: permits) }
        return Decision(effect: .deny, ruleIDs: [])
    }

    /// The rules that name this action.
    func rulesFor(_ action: String) -> [Rule] { rulesByAction[action] ?? [] }

    /// Whether some rule may ever let an anonymous caller do this action.
    public func isOpenToAnonymous(_ action: String) -> Bool { anonymousActions.contains(action) }

    /// Whether every caller may do this action whoever they are: a permit without conditions names every principal
    /// kind, and no forbid names the action. A route bound to such an action needs neither credentials nor a user
    /// record (its decision is the same for an anonymous caller).
    public func isOpenToEveryone(_ action: String) -> Bool { everyoneActions.contains(action) }

    /// Decides and maps to the HTTP outcome; `resource` is nil when the locator found nothing.
    public func authorize(_ principal: Principal, _ action: String, _ resource: ResourceFacts?) -> Authorization {
        guard let resource else {
            let outcome: AccessOutcome =
                principal.kind.isSignedOut && !isOpenToAnonymous(action) ? .unauthenticated : .notFound
            return Authorization(outcome: outcome, decision: Decision(effect: .deny, ruleIDs: []))
        }
        let decision = decide(principal, action, resource)
        let readable: Bool? = policy.catalogue.resources[resource.kind]?.readAction.map {
            $0 == action ? decision.isAllowed : decide(principal, $0, resource).isAllowed
        }
        let outcome = AccessOutcome.map(principal: principal.kind, decision: decision, callerMayRead: readable ?? false)
        return Authorization(outcome: outcome, decision: decision,
                             forbiddenDetail: outcome == .forbidden ? refusalDetail(principal, action, resource) : nil)
    }

    /// The `detail` of a 403: the action's own `forbidden`, else the first wording of the resource kind that applies
    /// to this caller, else a sentence naming the action.
    public func refusalDetail(_ principal: Principal, _ action: String, _ resource: ResourceFacts) -> String {
        if let worded = policy.catalogue.actions[action]?.forbiddenDetail { return worded }
        let wordings = policy.catalogue.resources[resource.kind]?.forbidden ?? []
        let applicable = wordings.first { $0.applies(to: principal, on: resource) }
        return applicable?.detail ?? "Not permitted to \(action) on this \(resource.kind)"
    }

    func matches(_ rule: Rule, _ principal: Principal, _ resource: ResourceFacts) -> Bool {
        rule.principals.contains(principal.kind)
            && rule.resources.contains(resource.kind)
            && rule.conditions.allSatisfy { $0.holds(for: principal, on: resource) }
    }
}

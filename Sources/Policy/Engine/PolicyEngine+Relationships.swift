extension PolicyEngine {
    /// The relationships the caller's principal must carry before `authorize` can answer this request exactly:
    /// empty when the relationships already known settle it (an owner reading their own session needs none).
    /// The decision, the read check behind 404-vs-403 and the 403 wording are all considered, in that order.
    public func relationshipsNeeded(_ principal: Principal, _ action: String, _ resource: ResourceFacts?) -> Set<Relationship> {
        guard principal.kind == .user, let resource else { return [] }
        switch partialDecision(principal, action, resource) {
        case .undecided(let needed): return needed
        case .allowed: return []
        case .denied: break
        }
        guard let read = policy.catalogue.resources[resource.kind]?.readAction else { return [] }
        if read != action {
            switch partialDecision(principal, read, resource) {
            case .undecided(let needed): return needed
            case .denied: return []
            case .allowed: break
            }
        }
        guard policy.catalogue.actions[action]?.forbiddenDetail == nil else { return [] }
        let wordings = policy.catalogue.resources[resource.kind]?.forbidden ?? []
        return unknownRelationships(wordings.flatMap(\.unless), principal)
    }

    private enum PartialDecision {
        case allowed, denied
        case undecided(Set<Relationship>)
    }

    /// The decision as far as the known relationships settle it: a forbid that surely matches denies; a permit that
    /// surely matches allows unless a forbid might; otherwise the relationships of the rules that might match.
    private func partialDecision(_ principal: Principal, _ action: String, _ resource: ResourceFacts) -> PartialDecision {
        var undecidedForbids: [Rule] = []
        var undecidedPermits: [Rule] = []
        var permitted = false
        for rule in rulesFor(action) {
            switch matchesIfKnown(rule, principal, resource) {
            case false?: continue
            case true?:
                if rule.effect == .forbid { return .denied }
                permitted = true
            case nil:
                if rule.effect == .forbid { undecidedForbids.append(rule) } else { undecidedPermits.append(rule) }
            }
        }
        if permitted { return undecidedForbids.isEmpty ? .allowed : .undecided(relationships(of: undecidedForbids, principal)) }
        if undecidedPermits.isEmpty { return .denied }
        return .undecided(relationships(of: undecidedForbids + undecidedPermits, principal))
    }

    private func matchesIfKnown(_ rule: Rule, _ principal: Principal, _ resource: ResourceFacts) -> Bool? {
        guard rule.principals.contains(principal.kind), rule.resources.contains(resource.kind) else { return false }
        var settled = true
        for condition in rule.conditions {
            switch condition.evaluate(for: principal, on: resource) {
            case false?: return false
            case true?: continue
            case nil: settled = false
            }
        }
        return settled ? true : nil
    }

    private func relationships(of rules: [Rule], _ principal: Principal) -> Set<Relationship> {
        unknownRelationships(rules.flatMap(\.conditions), principal)
    }

    private func unknownRelationships(_ conditions: [Predicate], _ principal: Principal) -> Set<Relationship> {
        Set(conditions.compactMap(\.relationship)).subtracting(principal.knownRelationships)
    }
}

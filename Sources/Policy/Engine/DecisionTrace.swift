/// A readable account of how the engine reached a decision, for `cataclysm policy explain`.
public struct DecisionTrace: Sendable {
    public var lines: [String]
    public var authorization: Authorization

    public var text: String { lines.joined(separator: "\n") }
}

extension PolicyEngine {
    /// Evaluates every rule for the action and records why each matched or not.
    public func explain(_ principal: Principal, _ action: String, _ resource: ResourceFacts?) -> DecisionTrace {
        var lines = ["principal: \(principal.summary)", "action:    \(action)",
                     "resource:  \(resource?.summary ?? "(not found)")"]
        if policy.catalogue.actions[action] == nil { lines.append("! unknown action '\(action)': denied") }
        let candidates = policy.rules.filter { $0.actions.contains(action) }
        if candidates.isEmpty { lines.append("no rule mentions this action") }
        for rule in candidates {
            var reasons: [String] = []
            if !rule.principals.contains(principal.kind) {
                reasons.append("principal \(principal.kind.rawValue) not in [\(rule.principals.map(\.rawValue).sorted().joined(separator: ","))]")
            }
            if let resource, !rule.resources.contains(resource.kind) {
                reasons.append("resource kind \(resource.kind) not in [\(rule.resources.sorted().joined(separator: ","))]")
            }
            var conditionText: [String] = []
            for condition in rule.conditions {
                let holds = resource.map { condition.holds(for: principal, on: $0) } ?? false
                conditionText.append("\(condition.display)=\(holds)")
                if !holds { reasons.append("\(condition.display) is false") }
            }
            let verdict = reasons.isEmpty ? "MATCHES" : "no match (\(reasons.joined(separator: "; ")))"
            let conditions = conditionText.isEmpty ? "" : " when " + conditionText.joined(separator: " ")
            lines.append("  \(rule.effect.rawValue) \(rule.id)\(conditions): \(verdict)")
        }
        let authorization = authorize(principal, action, resource)
        lines.append("decision:  \(authorization.decision.effect.rawValue) by \(authorization.decision.ruleSummary)")
        lines.append("outcome:   \(authorization.outcome.rawValue) (HTTP \(authorization.outcome.status))")
        return DecisionTrace(lines: lines, authorization: authorization)
    }
}

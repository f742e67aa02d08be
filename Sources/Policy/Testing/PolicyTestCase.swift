import Foundation
import Yams

/// A decision case from `Policies/tests/*.yaml`: who, what, on which resource, and the expected decision and rules.
public struct PolicyTestCase: Sendable, Equatable {
    public var file: String
    public var name: String
    public var principal: Principal
    public var action: String
    public var resource: ResourceFacts?
    public var expectedEffect: Decision.Effect
    public var expectedRules: [String]
    public var expectedOutcome: AccessOutcome?
    /// The expected 403 wording (`detail:` in the case file).
    public var expectedDetail: String?

    /// Runs the case; nil when it passes, else the failure message.
    public func failure(using engine: PolicyEngine) -> String? {
        guard engine.policy.catalogue.actions[action] != nil else { return "\(file): '\(name)': unknown action '\(action)'" }
        let authorization = engine.authorize(principal, action, resource)
        var problems: [String] = []
        if resource != nil, authorization.decision.effect != expectedEffect {
            problems.append("expected \(expectedEffect.rawValue), got \(authorization.decision.effect.rawValue)")
        }
        if authorization.decision.ruleIDs.sorted() != expectedRules.sorted() {
            problems.append("expected rules [\(expectedRules.joined(separator: ","))], got [\(authorization.decision.ruleIDs.joined(separator: ","))]")
        }
        if let expectedOutcome, authorization.outcome != expectedOutcome {
            problems.append("expected outcome \(expectedOutcome.rawValue), got \(authorization.outcome.rawValue)")
        }
        if let expectedDetail, authorization.forbiddenDetail != expectedDetail {
            problems.append("expected detail '\(expectedDetail)', got '\(authorization.forbiddenDetail ?? "none")'")
        }
        return problems.isEmpty ? nil : "\(file): '\(name)': " + problems.joined(separator: "; ")
    }
}

import Policy

/// For decisions that depend on the request body (e.g. which role is being granted): the handler asks the
/// engine a second, named question instead of checking roles itself.
public struct PolicyGate: Sendable {
    let engine: PolicyEngine

    /// Throws the mapped HTTP error unless `action` on `resource` is allowed for the caller.
    public func require(_ action: String, on resource: ResourceFacts, for principal: Principal,
                        forbidden detail: String = "Insufficient permissions") throws {
        guard isGateAction(action) else { throw AppError.internalError }
        let authorization = engine.authorize(principal, action, resource)
        switch authorization.outcome {
        case .proceed: return
        case .unauthenticated: throw AppError.unauthenticated()
        case .forbidden: throw AppError.forbidden(detail)
        case .notFound: throw AppError.notFound("Not Found")
        }
    }

    /// Whether the caller may do `action` on `resource` (for filtering what a response shows).
    public func allows(_ action: String, on resource: ResourceFacts, for principal: Principal) -> Bool {
        engine.decide(principal, action, resource).isAllowed
    }

    /// Whether policy.yaml declares `action` with `gate: true` (the startup check makes sure every asked one is).
    public func isGateAction(_ action: String) -> Bool {
        engine.policy.catalogue.actions[action]?.isGate == true
    }
}

import Policy

/// For decisions that depend on the request body (the second session of a comparison, the session a share link
/// publishes, the role being granted): the handler asks the engine a named gate action (declared `gate: true` in
/// policy.yaml) through the same stage and the same refusal mapping as a route.
public struct PolicyGate: Sendable {
    let stage: PolicyStage

    /// The record `locator` finds for `id`, once the engine allows the gate action on it.
    func authorized<Record>(_ action: String, _ locator: ResourceLocator<Record>, id: String,
                            _ context: AppRequestContext) async throws -> Record {
        guard isGateAction(action) else { throw AppError.internalError }
        return try await stage.authorize(action, locator, id: id, context)
    }

    /// Throws the mapped refusal unless the gate action is allowed on an already authorized resource.
    func require(_ action: String, on facts: ResourceFacts, _ context: AppRequestContext) async throws {
        guard isGateAction(action) else { throw AppError.internalError }
        try await stage.require(action, on: facts, context)
    }

    /// Whether the gate action is allowed (for a choice the handler makes, not a refusal: e.g. whether a read may
    /// have a stale report rewritten). Unknown or non-gate actions are never allowed.
    /// A failure to load what the decision needs (the database) is thrown, never read as "not allowed".
    func allows(_ action: String, on facts: ResourceFacts, _ context: AppRequestContext) async throws -> Bool {
        guard isGateAction(action) else { return false }
        return try await stage.decide(action, facts, context).outcome == .proceed
    }

    /// Whether policy.yaml declares `action` with `gate: true` (the start-up check makes sure every asked one is).
    func isGateAction(_ action: String) -> Bool {
        stage.engine.policy.catalogue.actions[action]?.isGate == true
    }
}

import Hummingbird
import Logging
import Policy

/// The policy stage of every route: locate the resource, load the relationships the decision needs, ask the engine,
/// and either hand the typed record on or throw the mapped refusal (`AccessRefusal`).
struct PolicyStage: Sendable {
    let engine: PolicyEngine
    let relationships: RelationshipLoader

    /// The record `locator` finds for `id`, once the engine allows `action` on it for the caller.
    func authorize<Record>(_ action: String, _ locator: ResourceLocator<Record>, id: String?,
                           _ context: AppRequestContext) async throws -> Record {
        let located = try await locator.load(LocatorInput(id: id, principal: context.principal, user: context.user,
                                                          shareGrant: context.shareGrant))
        let authorization = try await decide(action, located?.facts, context)
        guard authorization.outcome == .proceed, let located else {
            throw AccessRefusal.error(authorization, authentication: context.authentication,
                                      notFound: locator.notFoundDetail(id))
        }
        return located.record
    }

    /// The record of a route's binding: its locator finds the path parameter's resource and the bound action decides.
    func authorize<Record>(_ binding: RouteBinding, _ locator: ResourceLocator<Record>,
                           _ context: AppRequestContext) async throws -> Record {
        try await authorize(binding.action, locator, id: binding.locator.param.flatMap { context.parameters.get($0) }, context)
    }

    /// Throws the mapped refusal unless the engine allows `action` on an already located resource.
    func require(_ action: String, on facts: ResourceFacts, _ context: AppRequestContext) async throws {
        let authorization = try await decide(action, facts, context)
        guard authorization.outcome == .proceed else {
            throw AccessRefusal.error(authorization, authentication: context.authentication, notFound: "Not Found")
        }
    }

    func decide(_ action: String, _ facts: ResourceFacts?, _ context: AppRequestContext) async throws -> Authorization {
        let needed = engine.relationshipsNeeded(context.principal, action, facts)
        let principal = try await relationships.complete(context.principal, with: needed)
        let authorization = engine.authorize(principal, action, facts)
        log(authorization, action: action, facts: facts, logger: context.logger)
        return authorization
    }

    private func log(_ authorization: Authorization, action: String, facts: ResourceFacts?, logger: Logger) {
        let metadata: Logger.Metadata = [
            "action": "\(action)", "resource": "\(facts?.summary ?? "missing")",
            "effect": "\(authorization.decision.effect.rawValue)", "rules": "\(authorization.decision.ruleSummary)",
        ]
        if authorization.decision.isAllowed {
            logger.debug("policy decision", metadata: metadata)
        } else {
            logger.notice("policy decision", metadata: metadata)
        }
    }
}

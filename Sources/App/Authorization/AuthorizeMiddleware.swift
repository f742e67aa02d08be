import Hummingbird
import Logging
import Policy

/// Route → action + locator (routes.yaml); loads the resource once; asks the engine; maps the outcome to HTTP.
struct AuthorizeMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let engine: PolicyEngine
    let bindings: [String: RouteBinding]
    let locators: ResourceLocators

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let key = "\(request.method.rawValue) \(context.endpointPath ?? "")"
        guard let binding = bindings[key], let locator = locators[binding.locator.kind] else {
            context.logger.error("route without policy binding reached", metadata: ["route": "\(key)"])
            throw AppError.internalError
        }
        let id = binding.locator.param.flatMap { context.parameters.get($0) }
        let loaded = try await locator.load(LocatorInput(id: id, principal: context.principal, user: context.user, shareGrant: context.shareGrant))
        let authorization = engine.authorize(context.principal, binding.action, loaded?.facts)
        log(authorization, binding: binding, resource: loaded?.facts, logger: context.logger)
        switch authorization.outcome {
        case .proceed:
            var context = context
            context.resource = loaded
            return try await next(request, context)
        case .unauthenticated:
            if case .anonymous(.authNotConfigured) = context.authentication {
                throw AppError.serviceUnavailable("Auth not configured")
            }
            throw AppError.unauthenticated()
        case .forbidden:
            let worded = engine.policy.catalogue.actions[binding.action]?.forbiddenDetail
                ?? loaded.flatMap { resource in locator.forbiddenDetail?(context.principal, resource.facts) }
            throw AppError.forbidden(worded ?? "Not permitted to \(binding.action) on this \(binding.locator.kind)")
        case .notFound:
            throw AppError.notFound(locator.notFoundDetail(id))
        }
    }

    private func log(_ authorization: Authorization, binding: RouteBinding, resource: ResourceFacts?, logger: Logger) {
        let metadata: Logger.Metadata = [
            "action": "\(binding.action)", "resource": "\(resource?.summary ?? "\(binding.locator.kind):missing")",
            "effect": "\(authorization.decision.effect.rawValue)", "rules": "\(authorization.decision.ruleSummary)",
        ]
        if authorization.decision.isAllowed {
            logger.debug("policy decision", metadata: metadata)
        } else {
            logger.notice("policy decision", metadata: metadata)
        }
    }
}

import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import Metrics
import Policy
import Prometheus
import Storage

/// config → stores → policy engine → router; lints the route bindings before serving.
public func buildApplication(
    config: AppConfig, logger: Logger, database: any SQLDatabase, policyDirectory: URL
) async throws -> CataclysmApp {
    let bundle: PolicyBundle
    do { bundle = try PolicyBundle.load(directory: policyDirectory) } catch {
        throw StartupError(description: "policy: \(error)")
    }
    let root = CompositionRoot.wire(config: config, database: database, logger: logger, engine: bundle.engine)
    let table = root.table
    let bindings = Dictionary(uniqueKeysWithValues: bundle.routes.map { ($0.key, $0) })
    try checkBindings(bundle: bundle, root: root)

    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ExpectContinueMiddleware())
    let origins = OriginAllowlist(origins: Set(config.corsOrigins))
    router.add(middleware: AllowlistCORSMiddleware(allowlist: origins))
    router.add(middleware: GzipMiddleware())
    router.add(middleware: CacheControlMiddleware())
    // Both routers log and count every request and answer errors as `{"detail": …}`.
    func observed(_ router: Router<AppRequestContext>) {
        router.add(middleware: AccessLogMiddleware(metrics: root.metrics))
        router.add(middleware: ErrorMiddleware(routeTable: table))
    }
    observed(router)
    // Every route, HTTP or WebSocket, passes the same authentication → tenancy path before its policy stage.
    func secured(_ router: Router<AppRequestContext>) -> RouterGroup<AppRequestContext> {
        router.group()
            .add(middleware: PathParameterDecoding())
            .add(middleware: AuthenticateMiddleware(
                authenticator: Authenticator(config: config),
                shareTokenParams: bindings.compactMapValues(\.shareTokenParam)))
            .add(middleware: TenancyMiddleware(users: root.users, shareCredentials: root.shareCredentials, claims: root.claims,
                                               identities: IdentityRules(config: config)))
    }
    let http = secured(router)
    // A route every caller may use whoever they are (health, metrics, docs, reference data) skips authentication and
    // the user lookup: its decision is the anonymous caller's.
    let open = router.group().add(middleware: PathParameterDecoding())
    for spec in table.specs {
        guard let binding = bindings[spec.key] else { throw StartupError(description: "route \(spec.key) has no binding") }
        let (respond, stage) = (spec.respond, root.stage)
        let group = bundle.engine.isOpenToEveryone(binding.action) ? open : http
        group.on(RouterPath(spec.path), method: spec.method) { request, context in
            try await respond(request, context, stage, binding)
        }
    }
    // Upgrade requests alone reach this router, so a plain GET on a socket path is the HTTP router's 405.
    let webSocketRouter = Router(context: AppRequestContext.self)
    observed(webSocketRouter)
    webSocketRouter.add(middleware: WebSocketOriginMiddleware(allowlist: origins))
    let sockets = secured(webSocketRouter)
    for spec in root.webSockets {
        guard let binding = bindings[spec.key] else { throw StartupError(description: "route \(spec.key) has no binding") }
        let (connect, stage) = (spec.connect, root.stage)
        sockets.ws(RouterPath(spec.path)) { inbound, outbound, context in
            try await connect(inbound, outbound, context.requestContext, stage, binding)
        }
    }

    let application = Application(
        router: router,
        server: .http1WebSocketUpgrade(webSocketRouter: webSocketRouter, configuration: .init(ws: .init(autoPing: .enabled(timePeriod: .seconds(30))))),
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "cataclysm"),
        services: [root.sweeper, root.coachingRunner, root.weatherBackfiller, root.compactor, root.routingSettings],
        logger: logger)
    return CataclysmApp(application: application, routes: table, webSockets: root.webSockets, policy: bundle, database: database, sessions: root.sessions,
                        coachingRunner: root.coachingRunner, weatherLookups: root.weatherLookups, storedFiles: root.compactor)
}

/// Every declared route has a binding, every binding a route, every gate action a declaration (and the reverse),
/// and the app's own wiring agrees with the bindings (`CompositionRoot.wiringProblems`).
func checkBindings(bundle: PolicyBundle, root: CompositionRoot) throws {
    let report = PolicyLinter.lint(PolicyBundle(policy: bundle.policy, routes: bundle.routes, cases: []),
                                   routerRoutes: root.keys, appGateActions: root.gateActions)
    let problems = report.problems.filter { $0.hasPrefix("router:") || $0.hasPrefix("routes.yaml:") || $0.hasPrefix("gate:") }
        + root.wiringProblems(bundle)
    guard problems.isEmpty else {
        throw StartupError(description: "route bindings do not match the router:\n" + problems.joined(separator: "\n"))
    }
}

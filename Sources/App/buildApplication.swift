import Foundation
import Hummingbird
import Logging
import Metrics
import Policy
import Prometheus
import Storage

/// A built server: the Hummingbird application plus what tests and the CLI inspect.
public struct CataclysmApp: Sendable {
    public let application: Application<RouterResponder<AppRequestContext>>
    public let routes: RouteTable
    public let policy: PolicyBundle
    public let database: any SQLDatabase
    /// The ingest path uploads use (tests seed sessions through it).
    public let ingest: SessionIngestService
}

/// A problem that stops the server before it binds a port.
public struct StartupError: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}

/// config → stores → policy engine → router; lints the route bindings before serving.
public func buildApplication(
    config: AppConfig, logger: Logger, database: any SQLDatabase, policyDirectory: URL
) async throws -> CataclysmApp {
    let bundle: PolicyBundle
    do { bundle = try PolicyBundle.load(directory: policyDirectory) } catch {
        throw StartupError(description: "policy: \(error)")
    }
    let features = AppRoutes.declared(config: config, database: database, logger: logger, engine: bundle.engine)
    let table = features.table
    let specs = table.specs
    let users = features.users
    let metrics = features.metrics
    let locators = features.locators
    let tenancyProviders = features.tenancyProviders
    let bindings = Dictionary(uniqueKeysWithValues: bundle.routes.map { ($0.key, $0) })
    try checkBindings(bundle: bundle, table: table, locators: locators, gateActions: features.gateActions)

    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ExpectContinueMiddleware())
    router.add(middleware: AllowlistCORSMiddleware(allowedOrigins: Set(config.corsOrigins)))
    router.add(middleware: GzipMiddleware())
    router.add(middleware: CacheControlMiddleware())
    router.add(middleware: AccessLogMiddleware(metrics: metrics))
    router.add(middleware: ErrorMiddleware(routeTable: table))
    let secured = router.group()
        .add(middleware: PathParameterDecoding())
        .add(middleware: AuthenticateMiddleware(
            authenticator: Authenticator(config: config),
            shareTokenParams: bindings.compactMapValues(\.shareTokenParam)))
        .add(middleware: TenancyMiddleware(users: users, providers: tenancyProviders, shareCredentials: features.shareCredentials,
                                           identities: IdentityRules(config: config)))
        .add(middleware: AuthorizeMiddleware(engine: bundle.engine, bindings: bindings, locators: locators))
    for spec in specs {
        let handler = spec.handler
        secured.on(RouterPath(spec.path), method: spec.method) { request, context in
            try await handler(request, context)
        }
    }

    let application = Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "cataclysm"),
        services: [features.sweeper],
        logger: logger)
    return CataclysmApp(application: application, routes: table, policy: bundle, database: database, ingest: features.ingest)
}

/// Every feature's stores, routes, locators and tenancy providers, wired once.
public struct AppRoutes: Sendable {
    public let table: RouteTable
    let users: any UserStore
    let metrics: RequestMetrics
    let locators: ResourceLocators
    let tenancyProviders: [any TenancyFactsProvider]
    let ingest: SessionIngestService
    let shareCredentials: any ShareCredentialResolver
    let sweeper: ExpiredSessionSweeper
    /// The gate actions handlers ask through `PolicyGate`; policy.yaml must declare exactly these with `gate: true`.
    public let gateActions: Set<String>

    public var keys: [String] { table.keys }

    public static func declared(config: AppConfig, database: any SQLDatabase, logger: Logger, engine: PolicyEngine) -> AppRoutes {
        let gate = PolicyGate(engine: engine)
        let users = SQLUserStore(database: database, logger: logger)
        let orgs = SQLOrgStore(database: database)
        let registry = PrometheusCollectorRegistry()
        let metrics = RequestMetrics(factory: PrometheusMetricsFactory(registry: registry))

        let openAPIBox = OpenAPIBox()
        var specs: [RouteSpec] = []
        specs += PlatformRoutes.routes(database: database, registry: registry, openAPI: { openAPIBox.document })
        specs += UserRoutes.routes(users: users)
        specs += AdminRoutes.routes(users: users)
        let clock: @Sendable () -> Date = { Date() }
        let sessions = SQLSessionStore(database: database)
        let instructors = SQLInstructorStore(database: database)
        let shares = SQLShareStore(database: database)
        let leaderboards = SQLLeaderboardStore(database: database)
        let cache = SessionCache(capacityBytes: config.sessionCacheMB * 1024 * 1024)
        let analysis = AnalysisService(store: sessions, loader: SessionLoader(store: sessions, cache: cache), cache: AnalysisCache(capacityBytes: config.analysisCacheMB * 1024 * 1024))
        let cornerRecords = CornerRecordObserver(leaderboards: leaderboards, analysis: analysis, clock: clock)
        let ingest = SessionIngestService(
            store: sessions, cache: cache, logger: logger,
            observers: [AutoFlagObserver(store: instructors), cornerRecords], removalObservers: [cornerRecords])
        let rateLimits = SQLRateLimitStore(database: database)
        let limiter = RateLimiter(store: rateLimits, settings: config.rateLimits,
                                  clientAddress: ClientAddress(trustedProxies: config.trustedProxies), clock: clock)
        let folders = TrackFolders(root: URL(fileURLWithPath: config.sessionDataDirectory))
        specs.append(UploadRoute.route(ingest: ingest, limiter: limiter, maxFileBytes: config.maxUploadBytes,
                                       maxFileMB: config.maxUploadSizeMB))
        specs += SessionRoutes.routes(store: sessions, ingest: ingest, analysis: analysis)
        specs += TrackRoutes.routes(folders: folders, ingest: ingest)
        specs += AnalysisRoutes.routes(analysis: analysis)
        let gatedSessions = GatedSessions(store: sessions, gate: gate)
        specs.append(CompareRoute.route(analysis: analysis, sessions: gatedSessions))
        specs += TrendRoutes.routes(store: sessions, analysis: analysis)
        specs += OrgRoutes.routes(orgs: orgs, gate: gate)
        specs += InstructorRoutes.routes(store: instructors, sessions: sessions)
        specs += ShareRoutes.routes(.init(
            shares: shares, gatedSessions: gatedSessions, analysis: analysis, limiter: limiter,
            publicBaseURL: config.publicBaseURL, maxFileBytes: config.maxUploadBytes, maxFileMB: config.maxUploadSizeMB,
            clock: clock))
        specs += LeaderboardRoutes.routes(store: leaderboards, clock: clock)
        let table = RouteTable(specs)
        openAPIBox.document = OpenAPIDocument(routes: table)

        var locators = ResourceLocators()
        PlatformRoutes.locators(into: &locators)
        UserRoutes.locators(into: &locators)
        SessionRoutes.locators(into: &locators, store: sessions)

        OrgRoutes.locators(into: &locators, orgs: orgs)
        InstructorRoutes.locators(into: &locators)
        let shareLookup = ShareLookup(store: shares)
        ShareRoutes.locators(into: &locators, lookup: shareLookup)
        LeaderboardRoutes.locators(into: &locators)

        return AppRoutes(table: table, users: users, metrics: metrics, locators: locators,
                         tenancyProviders: [OrgTenancyProvider(orgs: orgs), InstructorTenancyProvider(store: instructors)],
                         ingest: ingest, shareCredentials: shareLookup,
                         sweeper: ExpiredSessionSweeper(sessions: sessions, rateLimits: rateLimits, cache: cache, logger: logger,
                                                        interval: .seconds(600), clock: clock),
                         gateActions: OrgRoutes.gateActions.union([CompareRoute.readOther, ShareRoutes.shareSession]))
    }
}

/// Every declared route has a binding, every binding a route, every bound kind a locator, every gate action a
/// declaration (and the reverse).
func checkBindings(bundle: PolicyBundle, table: RouteTable, locators: ResourceLocators, gateActions: Set<String>) throws {
    let report = PolicyLinter.lint(PolicyBundle(policy: bundle.policy, routes: bundle.routes, cases: []),
                                   routerRoutes: table.keys, appGateActions: gateActions)
    var problems = report.problems.filter { $0.hasPrefix("router:") || $0.hasPrefix("routes.yaml:") || $0.hasPrefix("gate:") }
    for kind in Set(bundle.routes.map(\.locator.kind)).subtracting(locators.kinds).sorted() {
        problems.append("routes.yaml: resource kind '\(kind)' has no locator in the app")
    }
    guard problems.isEmpty else {
        throw StartupError(description: "route bindings do not match the router:\n" + problems.joined(separator: "\n"))
    }
}

/// Holds the generated description; written once during build, read by the handler afterwards.
final class OpenAPIBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: OpenAPIDocument?

    var document: OpenAPIDocument {
        get { lock.withLock { stored! } }
        set { lock.withLock { stored = newValue } }
    }
}

import Coaching
import CoachingProviders
import Foundation
import Logging
import Metrics
import Policy
import Prometheus
import Storage
import Weather

/// The composition root: every store, service, locator, route and relationship provider, wired once.
public struct CompositionRoot: Sendable {
    public let table: RouteTable
    public let webSockets: [WebSocketRouteSpec]
    let users: any UserStore
    let metrics: RequestMetrics
    let stage: PolicyStage
    let sessions: SessionService
    let coachingRunner: CoachingRunner
    let weatherLookups: WeatherLookups
    let weatherBackfiller: WeatherBackfiller
    let compactor: StoredFileCompactor
    let shareCredentials: any ShareCredentialResolver
    let claims: any ClaimStore
    let sweeper: ExpiredSessionSweeper
    let routingSettings: LLMRoutingSettings
    /// The gate actions handlers ask through `PolicyGate`; policy.yaml must declare exactly these with `gate: true`.
    public let gateActions: Set<String>

    /// Every route key the router serves: HTTP routes and `WS` routes.
    public var keys: [String] { table.keys + webSockets.map(\.key) }

    public static func wire(config: AppConfig, database: any SQLDatabase, logger: Logger, engine: PolicyEngine) -> CompositionRoot {
        let clock: @Sendable () -> Date = { Date() }
        let users = SQLUserStore(database: database, logger: logger)
        let orgs = SQLOrgStore(database: database)
        let sessionStore = SQLSessionStore(database: database)
        let instructors = SQLInstructorStore(database: database)
        let shares = SQLShareStore(database: database)
        let leaderboards = SQLLeaderboardStore(database: database)
        let rateLimits = SQLRateLimitStore(database: database)
        let registry = PrometheusCollectorRegistry()
        let metrics = RequestMetrics(factory: PrometheusMetricsFactory(registry: registry))

        let stage = PolicyStage(engine: engine, relationships: RelationshipLoader([
            OrgRolesProvider(orgs: orgs), ActiveStudentsProvider(store: instructors)]))
        let gate = PolicyGate(stage: stage)
        let telemetry = SessionCache(capacityBytes: config.sessionCacheMB * 1024 * 1024)
        let cornerRecords = CornerRecordObserver(leaderboards: leaderboards, clock: clock)
        let coachingStore = SQLCoachingReportStore(database: database)
        let equipmentStore = SQLEquipmentStore(database: database)
        let weatherStore = SQLWeatherStore(database: database)
        let setups = SessionSetupSource(store: SQLSessionSetupStore(database: database))
        let weather = WeatherService(store: weatherStore, provider: Self.weatherProvider(config.weather, logger: logger),
                                     logger: logger, clock: clock)
        let weatherLookups = WeatherLookups(weather: weather)
        let llmOperations = SQLLLMOperationsStore(database: database)
        let routeOverrides = RouteOverrides()
        let llm = LLMProviders(configuration: config.llm, logger: logger, overrides: routeOverrides,
                               recorder: LLMUsageStoreRecorder(store: llmOperations, logger: logger))
        let routingSettings = LLMRoutingSettings(store: llmOperations, overrides: routeOverrides, logger: logger, interval: .seconds(30))
        let achievements = AchievementService(store: SQLAchievementStore(database: database), reports: coachingStore, clock: clock)
        let pipeline = CoachingPipeline(
            store: coachingStore, writer: llm.reportWriter(fallback: BuiltinCoach()),
            // One read of the session's setup gives the coach its tyre and weather and the physics its equipment, so a
            // report is written for the current setup whichever analysis it was handed (the upload's is made before
            // the owner's default profile is assigned).
            facts: { analysis, skill in
                let setup = (try? await setups.setup(sessionID: analysis.sessionID)) ?? SessionSetup()
                return CoachingFacts.make(from: analysis.with(setup: setup.vehicleSetup), skill: skill, context: setup.coachingContext)
            },
            observers: [SidebarScoresObserver(sessions: sessionStore), ReportFlagObserver(store: instructors),
                        AchievementReportObserver(achievements: achievements)],
            wakeup: CoachingWakeup(), logger: logger, clock: clock)
        let compactor = StoredFileCompactor(sessions: sessionStore, logger: logger)
        let lapGates = LapGateBook(store: SQLLapGateStore(database: database))
        let sessions = SessionService(
            store: sessionStore, telemetry: telemetry,
            analyses: AnalysisCache(capacityBytes: config.analysisCacheMB * 1024 * 1024), setups: setups, logger: logger,
            observers: [DefaultEquipmentObserver(store: equipmentStore, clock: clock), AutoFlagObserver(store: instructors), cornerRecords,
                        CoachingUploadObserver(pipeline: pipeline, users: users), WeatherUploadObserver(lookups: weatherLookups),
                        compactor, LapGateLearner(book: lapGates)],
            removalObservers: [cornerRecords], inputObservers: [StaleReportsObserver(store: coachingStore)], lapGates: lapGates)
        let coaching = CoachingService(pipeline: pipeline, sessions: sessions, sessionStore: sessionStore,
                                       durations: GenerationDurations())
        let chat = CoachingChat(reports: coachingStore, conversations: SQLCoachingChatStore(database: database), sessions: sessions,
                                answerer: llm.chatAnswerer(fallback: BuiltinChatCoach()), topicClassifier: llm.topicClassifier,
                                logger: logger, clock: clock)
        let limiter = RateLimiter(store: rateLimits, settings: config.rateLimits,
                                  clientAddress: ClientAddress(trustedProxies: config.trustedProxies), clock: clock)
        let session = ResourceLocator.session(sessionStore)
        let profile = ResourceLocator.equipmentProfile(equipmentStore)
        let equipment = EquipmentService(store: equipmentStore, sessions: sessions, clock: clock)
        let shareLookup = ShareLookup(store: shares)
        let claims = SQLClaimStore(database: database)

        let openAPIBox = OpenAPIBox()
        var specs: [RouteSpec] = []
        specs += PlatformRoutes.routes(database: database, registry: registry, openAPI: { openAPIBox.document })
        specs += UserRoutes.routes(users: users, leaderboards: leaderboards)
        specs += AdminRoutes.routes(users: users)
        specs += LLMOperatorRoutes.routes(.init(store: llmOperations, settings: routingSettings, llm: llm, clock: clock))
        specs.append(UploadRoute.route(.init(
            sessions: sessions, achievements: achievements, claims: claims, limiter: limiter, maxFileBytes: config.maxUploadBytes,
            maxFileMB: config.maxUploadSizeMB, secureCookies: config.isProduction)))
        specs.append(ClaimRoute.route(sessions: sessions, store: sessionStore, claims: claims, achievements: achievements,
                                      secureCookies: config.isProduction))
        specs += DemoRoutes.routes(demo: DemoSessionSource(config: config, users: users, sessions: sessions, store: sessionStore,
                                                           logger: logger))
        specs += SessionRoutes.routes(sessions: sessions, located: session)
        specs += TrackRoutes.routes(folders: TrackFolders(root: URL(fileURLWithPath: config.sessionDataDirectory)), sessions: sessions)
        specs += AnalysisRoutes.routes(sessions: sessions, located: session)
        specs.append(CompareRoute.route(sessions: sessions, reports: coachingStore, located: session, gate: gate))
        specs += TrendRoutes.routes(sessions: sessions)
        specs += OrgRoutes.routes(orgs: orgs, gate: gate)
        specs += InstructorRoutes.routes(store: instructors, sessions: sessionStore)
        specs += ShareRoutes.routes(.init(
            shares: shares, sessions: sessions, session: session, link: .shareLink(shareLookup), gate: gate, limiter: limiter,
            narrator: ComparisonNarrator(shares: shares, llm: llm.comparisonWriter, logger: logger),
            publicBaseURL: config.publicBaseURL, maxFileBytes: config.maxUploadBytes, maxFileMB: config.maxUploadSizeMB,
            clock: clock))
        specs += LeaderboardRoutes.routes(store: leaderboards, clock: clock)
        specs += ProgressRoutes.routes(store: SQLProgressStore(database: database), clock: clock)
        specs += CoachingRoutes.routes(coaching: coaching, located: session, gate: gate, limiter: limiter)
        specs += FeedbackRoutes.routes(store: SQLCoachingFeedbackStore(database: database), located: session, gate: gate, clock: clock)
        specs += ChatRoutes.routes(chat: chat, located: session, limiter: limiter)
        specs += AchievementRoutes.routes(achievements: achievements)
        specs += ReferenceRoutes.routes(catalogue: .bundled)
        specs += ProfileRoutes.routes(equipment: equipment, located: profile)
        specs += WeatherRoutes.routes(weather: weather, sessions: sessions, located: session)
        specs += SessionEquipmentRoutes.routes(equipment: equipment, located: session, profile: profile, gate: gate)
        specs += WrappedRoutes.routes(wrapped: WrappedService(sessions: sessionStore, reports: coachingStore))
        let noteStore = SQLNoteStore(database: database), stickyStore = SQLStickyStore(database: database)
        specs += NoteRoutes.routes(store: noteStore, notebook: .notebook, located: .note(noteStore), session: session, gate: gate,
                                   clock: clock)
        specs += StickyRoutes.routes(store: stickyStore, notebook: .notebook, located: .sticky(stickyStore), clock: clock)
        let table = RouteTable(specs)
        let webSockets = [ChatSocket.route(chat: chat, located: session, messagesPerMinute: config.rateLimits.chatMessagesPerUserPerMinute)]
        openAPIBox.document = OpenAPIDocument(routes: table)

        return CompositionRoot(
            table: table, webSockets: webSockets, users: users, metrics: metrics, stage: stage, sessions: sessions,
            coachingRunner: CoachingRunner(coaching: coaching, worker: "cataclysm-" + UUID().uuidString.lowercased(),
                                           pollInterval: .milliseconds(Int64(config.coachingPollSeconds * 1000))),
            weatherLookups: weatherLookups,
            weatherBackfiller: WeatherBackfiller(weather: weather, store: weatherStore,
                                                 firstDelay: .milliseconds(Int64(config.weather.backfillStartDelaySeconds * 1000))),
            compactor: compactor,
            shareCredentials: shareLookup,
            claims: claims,
            sweeper: ExpiredSessionSweeper(sessions: sessionStore, rateLimits: rateLimits, cache: telemetry, logger: logger,
                                           interval: .seconds(600), clock: clock),
            routingSettings: routingSettings,
            gateActions: OrgRoutes.gateActions.union([CompareRoute.readOther, ShareRoutes.shareSession, CoachingRoutes.refresh,
                                                          FeedbackRoutes.give, SessionEquipmentRoutes.useProfile,
                                                          NoteRoutes.attach]))
    }

    /// Open-Meteo when `WEATHER_PROVIDER=open-meteo`, else none.
    static func weatherProvider(_ settings: WeatherSettings, logger: Logger) -> (any WeatherProvider)? {
        guard settings.enabled else { return nil }
        return OpenMeteoProvider(forecastBaseURL: settings.forecastBaseURL, archiveBaseURL: settings.archiveBaseURL,
                                 timeout: .milliseconds(Int64(settings.timeoutSeconds * 1000)), logger: logger)
    }

    /// Where the code disagrees with the policy files beyond route keys and gate actions: a route whose handler
    /// receives another resource kind than its binding names, a relationship no provider loads.
    public func wiringProblems(_ bundle: PolicyBundle) -> [String] {
        let bound = Dictionary(uniqueKeysWithValues: bundle.routes.map { ($0.key, $0.locator.kind) })
        var problems: [String] = []
        let handled = table.specs.map { ($0.key, $0.resourceKind) } + webSockets.map { ($0.key, $0.resourceKind) }
        for (key, kind) in handled {
            if let bound = bound[key], bound != kind {
                problems.append("routes.yaml: '\(key)' is bound to kind '\(bound)' but its handler receives '\(kind)'")
            }
        }
        for relationship in stage.relationships.missing {
            problems.append("tenancy: no provider loads '\(relationship.rawValue)', so its predicates could never hold")
        }
        return problems
    }
}

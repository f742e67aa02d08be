import App
import AuthJS
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Storage

/// The secret test apps share with the token minter.
public let testAuthSecret = "test-secret-for-cataclysm-suite-0123456789"

/// One harness for API tests: a fresh migrated database, the real router, personas that mint real tokens.
public func withTestApp<T: Sendable>(
    transport: TestingSetup = .router,
    configure: (inout AppConfig) -> Void = { _ in },
    database wrap: (any SQLDatabase) -> any SQLDatabase = { $0 },
    _ body: @Sendable @escaping (any TestClientProtocol, TestWorld) async throws -> T
) async throws -> T {
    try await TestDatabase.with { migrated, _ in
        let database = wrap(migrated)
        var config = AppConfig()
        config.authSecrets = [testAuthSecret]
        configure(&config)
        var logger = Logger(label: "test.app")
        logger.logLevel = .critical
        let app = try await buildApplication(config: config, logger: logger, database: database, policyDirectory: TestPaths.policies)
        let world = TestWorld(app: app, config: config)
        return try await app.application.test(transport) { client in try await body(client, world) }
    }
}

/// Personas and request helpers for API tests.
public struct TestWorld: Sendable {
    public let app: CataclysmApp
    let config: AppConfig
    let minter = SessionTokenMinter(secret: testAuthSecret)

    /// A new app over the same database, as after a server restart (empty caches, same rows).
    public func restarted<T: Sendable>(_ body: @Sendable @escaping (any TestClientProtocol) async throws -> T) async throws -> T {
        var logger = Logger(label: "test.app")
        logger.logLevel = .critical
        let again = try await buildApplication(config: config, logger: logger, database: app.database, policyDirectory: TestPaths.policies)
        return try await again.application.test(.router) { client in try await body(client) }
    }

    /// A new app over the same database whose `DEMO_SESSION_ID` is `id`.
    public func restartedWithDemo<T: Sendable>(id: String, _ body: @Sendable @escaping (any TestClientProtocol) async throws -> T) async throws -> T {
        var logger = Logger(label: "test.app")
        logger.logLevel = .critical
        var demoConfig = config
        demoConfig.demoSessionID = id
        let again = try await buildApplication(config: demoConfig, logger: logger, database: app.database, policyDirectory: TestPaths.policies)
        return try await again.application.test(.router) { client in try await body(client) }
    }

    /// A persona: a name used as token `sub` and email local part, or anonymous.
    public struct Persona: Sendable, Hashable, CustomStringConvertible {
        public let name: String
        public var description: String { name }
        public var isAnonymous: Bool { name == "anonymous" }
        public static let anonymous = Persona(name: "anonymous")
        public static let driverA = Persona(name: "driver-a")
        public static let driverB = Persona(name: "driver-b")
        public static let instructor = Persona(name: "instructor")
        /// Owner of the matrix organization; the next two are its instructor and student.
        public static let orgOwner = Persona(name: "org-owner")
        public static let orgInstructor = Persona(name: "org-instructor")
        public static let orgStudent = Persona(name: "org-student")
        /// Owner of a second organization, a stranger to the first.
        public static let otherOrgOwner = Persona(name: "other-org-owner")
        /// A platform operator: tests that need one put `operator@example.com` on `AppConfig.adminEmails`.
        public static let `operator` = Persona(name: "operator")
        public init(name: String) { self.name = name }
        public var email: String { "\(name)@example.com" }
    }

    /// Headers that authenticate as the persona with a real Bearer token.
    public func headers(_ persona: Persona, _ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        if !persona.isAnonymous {
            headers[.authorization] = "Bearer " + token(persona)
        }
        return headers
    }

    /// The persona's user id, made as the tenancy stage makes it for the persona's token (same subject, email and name),
    /// without an HTTP request: set-up that does not depend on the test client's connection.
    public func userID(_ persona: Persona) async throws -> String {
        try await SQLUserStore(database: app.database, logger: Logger(label: "test")).ensureUser(ArrivingIdentity(
            subject: "sub-\(persona.name)", email: persona.email, name: persona.name.capitalized, picture: nil, linkByEmail: true)).id
    }

    /// Stores a fixture session for the persona through the real ingest path (no multipart), returning its id.
    public func seed(_ stem: String, as persona: Persona, client: any TestClientProtocol) async throws -> String {
        let owner = try await userID(persona)
        let bytes = [UInt8](try Data(contentsOf: TestPaths.fixture(stem).csv))
        return try await app.sessions.ingest(bytes, filename: stem + ".csv", owner: owner).record.sessionID
    }

    public func token(_ persona: Persona) -> String {
        minter.mint(subject: "sub-\(persona.name)", email: persona.email, name: persona.name.capitalized, picture: nil)
    }

    /// The persona's Auth.js session cookie (development cookie name), as a browser sends it.
    public func cookieHeaders(_ persona: Persona) -> HTTPFields {
        let token = minter.mint(subject: "sub-\(persona.name)", email: persona.email, name: persona.name.capitalized, picture: nil,
                                salt: .development)
        return [.cookie: "authjs.session-token=\(token)"]
    }

    /// Makes the persona's account exist with the given platform role.
    public func setRole(_ persona: Persona, _ role: PlatformRole, client: any TestClientProtocol) async throws {
        _ = try await TestAPI(client: client, world: self).userID(persona)
        _ = try await SQLUserStore(database: app.database, logger: Logger(label: "test")).setRole(email: persona.email, to: role)
    }
}

/// A test world set-up step that did not go as planned.
public struct TestWorldError: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}

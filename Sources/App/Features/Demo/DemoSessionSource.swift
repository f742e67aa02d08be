import Foundation
import Logging
import Storage

/// Which session is the public demo (client-extras.md §4.1 with its recommendations): decided from the database and
/// made on first request, never at start-up. An operator-seeded `DEMO_SESSION_ID` is used when it belongs to the demo
/// user; otherwise the configured CSV is stored for the demo user (deduplicated by content, so once).
actor DemoSessionSource {
    private let configuredID: String?
    private let file: String?
    private let users: any UserStore
    private let sessions: SessionService
    private let store: any SessionStore
    private let logger: Logger
    private var known: String?

    init(config: AppConfig, users: any UserStore, sessions: SessionService, store: any SessionStore, logger: Logger) {
        configuredID = config.demoSessionID
        switch config.demoSessionFile {
        case "off"?: file = nil
        case let path?: file = path
        case nil: file = config.sessionDataDirectory + "/barber_motorsports_park/barber_2026-02-15_intermediate.csv"
        }
        self.users = users
        self.sessions = sessions
        self.store = store
        self.logger = logger
    }

    /// The demo session's id, or nil when there is none (not configured, the file unreadable, the seeded row missing
    /// or not the demo user's). A failure is logged and tried again on the next request.
    func sessionID() async -> String? {
        if let known, (try? await store.locate(id: known))?.ownerID == DemoUser.id { return known }
        known = nil
        do {
            known = try await resolve()
        } catch {
            logger.warning("demo session unavailable", metadata: ["error": "\(error)"])
        }
        return known
    }

    private func resolve() async throws -> String? {
        if let configuredID {
            guard let record = try await store.locate(id: configuredID), record.ownerID == DemoUser.id else {
                logger.warning("DEMO_SESSION_ID is not a session of the demo user", metadata: ["session_id": "\(configuredID)"])
                return nil
            }
            return record.sessionID
        }
        guard let file, let data = FileManager.default.contents(atPath: file) else { return nil }
        let owner = try await users.ensureDemoUser(now: Date())
        return try await sessions.ingest([UInt8](data), filename: (file as NSString).lastPathComponent, owner: owner.id).record.sessionID
    }
}

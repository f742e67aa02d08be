import App
import ArgumentParser
import Foundation
import Logging

/// `cataclysm migrate`: apply pending migrations to DATABASE_URL and list what ran.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let config = try StartupConfig.load(environment)
        var logger = Logger(label: "cataclysm.migrate")
        logger.logLevel = .warning
        let database = try await StartupConfig.openMigrated(config: config, environment: environment, logger: logger)
        try await database.close()
        print("migrations up to date for \(config.databaseURL.hasPrefix("postgres") ? "PostgreSQL" : "SQLite")")
    }
}

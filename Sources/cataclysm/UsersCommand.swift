import ArgumentParser
import Foundation
import Logging
import Storage

/// `cataclysm users set-role EMAIL ROLE`.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "users", abstract: "Manage users.", subcommands: [SetRole.self])

    struct SetRole: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-role", abstract: "Set a user's platform role (driver or instructor).")
        @Argument(help: "The user's email.") var email: String
        @Argument(help: "driver or instructor.") var role: String

        func run() async throws {
            guard let platformRole = PlatformRole(rawValue: role) else {
                throw ValidationError("role must be driver or instructor")
            }
            let environment = ProcessInfo.processInfo.environment
            let config = try StartupConfig.load(environment)
            var logger = Logger(label: "cataclysm.users")
            logger.logLevel = .warning
            let database = try await StartupConfig.openMigrated(config: config, environment: environment, logger: logger)
            let updated = try await SQLUserStore(database: database, logger: logger).setRole(email: email, to: platformRole)
            try await database.close()
            guard let updated else {
                print("cataclysm: no user with email \(email) (they must sign in once first)")
                throw ExitCode(1)
            }
            print("\(updated.email) is now \(updated.role.rawValue)")
        }
    }
}

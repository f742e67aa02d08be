import ArgumentParser
import AuthJS
import Foundation

/// `cataclysm token mint`: an Auth.js session token for curl and scripts (needs AUTH_SECRET).
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Session tokens.", subcommands: [Mint.self])

    struct Mint: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mint a Bearer token (or a dev-cookie token with --cookie).")
        @Option var sub: String
        @Option var email: String
        @Option var name: String?
        @Option(help: "Lifetime in seconds.") var lifetime: Int = 3600
        @Flag(help: "Mint for the authjs.session-token development cookie.") var cookie = false

        func run() throws {
            guard let secret = SecretConfiguration.secrets(from: ProcessInfo.processInfo.environment).first else {
                throw ValidationError("set AUTH_SECRET (or NEXTAUTH_SECRET)")
            }
            print(SessionTokenMinter(secret: secret).mint(
                subject: sub, email: email, name: name, picture: nil, lifetime: TimeInterval(lifetime),
                salt: cookie ? .development : .secure))
        }
    }
}

import ArgumentParser

/// The `cataclysm` command: server, migrations, offline analysis, policy tools.
@main
struct Cataclysm: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cataclysm",
        abstract: "Track-day telemetry and coaching server.",
        subcommands: [Serve.self, Migrate.self, Analyze.self, CoachCommand.self, Bench.self, PolicyCommand.self, UsersCommand.self, TokenCommand.self])
}

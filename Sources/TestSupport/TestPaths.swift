import Foundation

/// Repository paths for tests, resolved from this file's location.
public enum TestPaths {
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    public static var policies: URL { repositoryRoot.appendingPathComponent("Policies") }
    public static var migrations: URL { repositoryRoot.appendingPathComponent("Migrations") }
    public static var fixtureSessions: URL { repositoryRoot.appendingPathComponent("Fixtures/sessions/barber_motorsports_park") }

    /// A fixture CSV and its ground-truth JSON, by stem (e.g. `barber_2026-02-15_intermediate`).
    public static func fixture(_ stem: String) -> (csv: URL, truth: URL) {
        (fixtureSessions.appendingPathComponent(stem + ".csv"), fixtureSessions.appendingPathComponent(stem + ".json"))
    }

    /// The three Barber fixtures by level (the advanced one is the fastest).
    public static let novice = "barber_2026-03-21_novice"
    public static let intermediate = "barber_2026-02-15_intermediate"
    public static let advanced = "barber_2026-04-18_advanced"

    public static let fixtureStems = [
        "barber_2026-02-15_intermediate", "barber_2026-03-21_novice", "barber_2026-04-18_advanced",
    ]
}

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

    /// A fixture CSV and its ground-truth JSON, by stem (e.g. `barber_2026-02-15_intermediate`), from whichever track
    /// folder under `Fixtures/sessions` holds it.
    public static func fixture(_ stem: String) -> (csv: URL, truth: URL) {
        let sessions = repositoryRoot.appendingPathComponent("Fixtures/sessions")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: sessions.path)) ?? []
        let folder = folders.sorted().map { sessions.appendingPathComponent($0) }
            .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent(stem + ".csv").path) } ?? fixtureSessions
        return (folder.appendingPathComponent(stem + ".csv"), folder.appendingPathComponent(stem + ".json"))
    }

    /// The three Barber fixtures by level (the advanced one is the fastest).
    public static let novice = "barber_2026-03-21_novice"
    public static let intermediate = "barber_2026-02-15_intermediate"
    public static let advanced = "barber_2026-04-18_advanced"
    /// Test Circuit Alpha (25 Hz, 5 laps, lap consistency above 90, every braked corner graded A by the built-in coach).
    public static let alpha = "proc-a_2026-03-01_advanced"
    /// Test Circuit Bravo (10 Hz, 6 laps, a novice).
    public static let bravo = "proc-b_2026-03-08_novice_10hz"
    /// Test Circuit Charlie: a 25 Hz session with lap numbers, and a 10 Hz one logged without them.
    public static let charlie = "proc-c_2026-03-15_expert"
    public static let charlieWithoutLapNumbers = "proc-c_2026-04-12_advanced_10hz_nolapnum"

    public static let fixtureStems = [
        "barber_2026-02-15_intermediate", "barber_2026-03-21_novice", "barber_2026-04-18_advanced",
    ]
}

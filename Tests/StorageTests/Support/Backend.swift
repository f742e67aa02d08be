import Foundation
import Testing

/// The backends every contract test runs on.
///
/// SQLite always runs. PostgreSQL runs when `CATACLYSM_TEST_POSTGRES_URL` is set; with
/// `CATACLYSM_REQUIRE_POSTGRES=1` and no URL the PostgreSQL cases are still generated and fail.
enum Backend: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// The backends to parameterize contract tests with.
    static var all: [Backend] {
        TestEnvironment.postgresEnabled ? [.sqlite, .postgres] : [.sqlite]
    }
}

enum TestEnvironment {
    static let environment = ProcessInfo.processInfo.environment

    /// `CATACLYSM_TEST_POSTGRES_URL`, when set and non-empty.
    static let postgresURL: String? = {
        guard let url = environment["CATACLYSM_TEST_POSTGRES_URL"]?.trimmingCharacters(in: .whitespaces),
              !url.isEmpty else { return nil }
        return url
    }()

    /// `CATACLYSM_REQUIRE_POSTGRES=1`: missing PostgreSQL is a failure, not a skip.
    static let requirePostgres: Bool = environment["CATACLYSM_REQUIRE_POSTGRES"] == "1"

    static var postgresEnabled: Bool { postgresURL != nil || requirePostgres }
}

struct TestSetupError: Error, CustomStringConvertible {
    var description: String
}

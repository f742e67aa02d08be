import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Database URLs")
struct DatabaseURLTests {
    @Test func postgresForms() throws {
        let target = try DatabaseFactory.parse("postgres://alice:s%40cret@db.example.com:6543/cataclysm?sslmode=require")
        guard case .postgres(let url) = target else { Issue.record("not postgres"); return }
        #expect(url.host == "db.example.com")
        #expect(url.port == 6543)
        #expect(url.username == "alice")
        #expect(url.password == "s@cret")
        #expect(url.database == "cataclysm")
        #expect(url.tls == .require)
        #expect(!url.redacted.contains("cret"))

        let minimal = try DatabaseFactory.parse("postgresql://bob@localhost")
        guard case .postgres(let url2) = minimal else { Issue.record("not postgres"); return }
        #expect(url2.port == 5432)
        #expect(url2.database == nil)
        #expect(url2.password == nil)
        #expect(url2.tls == .prefer)

        let withPath = try PostgresURL.parse("postgres://u@127.0.0.1:54329/db?search_path=test_1&connect_timeout=3&sslmode=disable")
        #expect(withPath.searchPath == "test_1")
        #expect(withPath.connectTimeoutSeconds == 3)
        #expect(withPath.tls == .disable)
        let config = withPath.configuration()
        #expect(config.options.additionalStartupParameters.map(\.0) == ["search_path"])
    }

    @Test func sqliteForms() throws {
        #expect(try DatabaseFactory.parse("sqlite:///var/lib/cataclysm/db.sqlite") == .sqlite(path: "/var/lib/cataclysm/db.sqlite"))
        #expect(try DatabaseFactory.parse("sqlite://data/dev.sqlite") == .sqlite(path: "data/dev.sqlite"))
        #expect(try DatabaseFactory.parse("sqlite::memory:") == .sqlite(path: nil))
        #expect(try DatabaseFactory.parse("/tmp/x.db") == .sqlite(path: "/tmp/x.db"))
        #expect(try DatabaseFactory.parse("local.sqlite") == .sqlite(path: "local.sqlite"))
        #expect(try DatabaseFactory.dialect(of: "sqlite::memory:") == .sqlite)
        #expect(try DatabaseFactory.dialect(of: "postgres://u@h/d") == .postgres)
    }

    @Test(arguments: [
        "", "mysql://root:pw@host/db", "postgres://host-without-user/db", "postgres://u@/db",
        "postgres://u@h:99999/db", "postgres://u@h/db?sslmode=bogus", "postgres://u@h/db?unknown=1",
        "sqlite://", "sqlite:relative.sqlite", "notes.txt", "http://example.com/db.sqlite",
    ])
    func invalidURLs(_ url: String) {
        #expect {
            try DatabaseFactory.parse(url)
        } throws: { error in
            guard case StorageError.invalidURL(let message) = error else { return false }
            return !message.isEmpty && !message.contains("pw")
        }
    }

    @Test func openingAnInvalidURLThrowsInvalidURL() async {
        await #expect {
            try await DatabaseFactory.open(url: "redis://localhost", logger: TestDatabase.logger)
        } throws: { error in
            if case StorageError.invalidURL = error { return true }
            return false
        }
    }

    @Test func unreachablePostgresIsAConnectionErrorWithoutThePassword() async {
        let started = ContinuousClock.now
        await #expect {
            try await DatabaseFactory.open(url: "postgres://user:hunter2@127.0.0.1:1/db?connect_timeout=1&sslmode=disable",
                                           logger: TestDatabase.logger)
        } throws: { error in
            guard case StorageError.connection(let message) = error else { return false }
            return !message.contains("hunter2") && message.contains("127.0.0.1")
        }
        // connect_timeout=1 must end the attempt instead of hanging (generous bound: CI machines are busy)
        #expect(ContinuousClock.now - started < .seconds(120))
    }

    @Test func inMemorySQLiteWorks() async throws {
        let db = try await DatabaseFactory.open(url: "sqlite::memory:", logger: TestDatabase.logger)
        #expect(db.dialect == .sqlite)
        #expect(await db.ping())
        try await db.close()
    }

    @Test func droppingAnUnclosedDatabaseIsSafe() async throws {
        do {
            let db = try await DatabaseFactory.open(url: "sqlite::memory:", logger: TestDatabase.logger)
            #expect(await db.ping())
        }
        try await Task.sleep(for: .milliseconds(200))  // let the deinit's close run
    }

    @Test func sqliteFileIsCreatedWithParentDirectoriesAndUsesWAL() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cataclysm-url-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("nested/app.sqlite").path
        let db = try await DatabaseFactory.open(url: path, logger: TestDatabase.logger)
        let mode = try await db.query("PRAGMA journal_mode", [])[0].string("journal_mode")
        #expect(mode == "wal")
        let fk = try await db.query("PRAGMA foreign_keys", [])[0].int("foreign_keys")
        #expect(fk == 1)
        let timeout = try await db.query("PRAGMA busy_timeout", [])[0].values.first
        #expect(timeout == .int(5000))
        try await db.close()
        #expect(FileManager.default.fileExists(atPath: path))
    }
}

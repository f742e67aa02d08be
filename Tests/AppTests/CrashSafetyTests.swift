import Foundation
import NIOCore
import Storage
import Benchmarks
import TelemetryCore
import Testing
@testable import App
import TestSupport

/// The real binary killed mid-write (SIGKILL) and stopped politely (SIGTERM), on the backend under test: after a
/// restart the database is intact, nothing half-written exists, and every session acknowledged before the kill is
/// there and readable; SIGTERM lets in-flight requests finish.
@Suite(.serialized) struct CrashSafetyTests {
    static let fixture = "barber_2026-03-21_novice"

    static func uploadHead(_ length: Int, path: String = "/api/sessions/upload") -> String {
        "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=\(Upload.boundary)\r\n"
            + "Content-Length: \(length)\r\nConnection: close\r\n\r\n"
    }

    static func upload(_ server: ServerProcess, _ name: String, _ bytes: [UInt8]) async throws -> String {
        let body = Array(Upload.body([(name, bytes)]).readableBytesView)
        let response = try await RawHTTP.request(port: server.port, uploadHead(body.count), body: body)
        guard response.status == 200,
              let id = try JSONDecoder().decode(UploadResponse.self, from: Data(response.body.utf8)).session_ids.first else {
            throw TestWorldError(description: "upload answered \(response.statuses): \(response.body.prefix(200))")
        }
        return id
    }

    static func get(_ server: ServerProcess, _ path: String) async throws -> RawHTTP.Received {
        try await RawHTTP.request(port: server.port, "GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    }

    /// The database (the test's own connection) after the server is gone: SQLite's integrity check, and no session without its stored file.
    static func checkDatabase(_ database: any SQLDatabase, _ url: String) async throws -> (sessions: Set<String>, problems: [String]) {
        var problems: [String] = []
        if url.hasPrefix("sqlite") {
            let check = try await database.query("PRAGMA integrity_check", [])
            let verdict = try check.first?.string("integrity_check") ?? "no answer"
            if verdict != "ok" { problems.append("integrity_check: \(verdict)") }
        }
        let orphans = try await database.query(
            "SELECT s.session_id FROM sessions s LEFT JOIN session_files f ON f.session_id = s.session_id WHERE f.session_id IS NULL", [])
        if !orphans.isEmpty { problems.append("\(orphans.count) session(s) without their file") }
        let ids = Set(try await database.query("SELECT session_id FROM sessions", []).map { try $0.string("session_id") })
        return (ids, problems)
    }

    /// Every acknowledged session is listed and its laps are rebuilt from the stored file.
    static func expectReadable(_ server: ServerProcess, _ ids: [String]) async throws {
        for id in ids {
            let laps = try await get(server, "/api/sessions/\(id)/laps")
            #expect(laps.status == 200, "\(id) after restart: \(laps.body.prefix(200))")
            let rows = try JSONDecoder().decode([LapSummary].self, from: Data(laps.body.utf8))
            #expect(rows.count >= 8, "\(id) has its laps")
        }
    }

    @Test func sigkillMidUploadLeavesNoPartialSessionAndLosesNothingAcknowledged() async throws {
        try await TestDatabase.with { database, url in
            let csv = try Upload.fixtureBytes(Self.fixture)
            var server = try await ServerProcess(databaseURL: url, environment: ["MAX_UPLOAD_SIZE_MB": "60"])
            let acknowledged = [try await Self.upload(server, "a.csv", csv),
                                try await Self.upload(server, "b.csv", SessionSynthesizer.longSession(from: csv, factor: 1, targetBytes: 7_000_000))]
            // A 46 MB, 100 Hz export: the kill lands while its body is on the wire.
            let big = SessionSynthesizer.longSession(from: csv, factor: 4, targetBytes: 46_000_000)
            let body = Array(Upload.body([("big.csv", big)]).readableBytesView)
            let connection = try await RawHTTP.connect(port: server.port)
            try await connection.executeThenClose { _, outbound in
                try await outbound.write(ByteBuffer(string: Self.uploadHead(body.count)))
                try await outbound.write(ByteBuffer(bytes: body[0..<(body.count / 2)]))
                try await server.stop(SIGKILL)
            }
            var state = try await Self.checkDatabase(database, url)
            #expect(state.problems.isEmpty, "\(state.problems)")
            #expect(state.sessions == Set(acknowledged))

            // Killed again while the whole body is being processed and stored.
            server = try await ServerProcess(databaseURL: url, environment: ["MAX_UPLOAD_SIZE_MB": "60"])
            let whole = try await RawHTTP.connect(port: server.port)
            try await whole.executeThenClose { _, outbound in
                try await outbound.write(ByteBuffer(string: Self.uploadHead(body.count)))
                try await outbound.write(ByteBuffer(bytes: body))
                try await Task.sleep(for: .milliseconds(1500))
                try await server.stop(SIGKILL)
            }
            state = try await Self.checkDatabase(database, url)
            #expect(state.problems.isEmpty, "\(state.problems)")
            #expect(state.sessions.isSuperset(of: acknowledged))
            #expect(state.sessions.count <= acknowledged.count + 1)

            server = try await ServerProcess(databaseURL: url)
            try await Self.expectReadable(server, Array(state.sessions))
            try await server.stop(SIGTERM)
        }
    }

    @Test func sigkillDuringTagUpdatesLeavesConsistentTags() async throws {
        try await TestDatabase.with { database, url in
            var server = try await ServerProcess(databaseURL: url)
            let id = try await Self.upload(server, "a.csv", try Upload.fixtureBytes(Self.fixture))
            let tagSets = [#"["traffic"]"#, #"["traffic", "cold-tires"]"#, "[]"]
            let port = server.port
            let writer = Task { @Sendable in
                for k in 0..<10_000 {
                    let body = Array(#"{"tags": \#(tagSets[k % 3])}"#.utf8)
                    let head = "PUT /api/sessions/\(id)/laps/3/tags HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
                    guard (try? await RawHTTP.request(port: port, head, body: body)) != nil else { return k }
                }
                return 10_000
            }
            try await Task.sleep(for: .milliseconds(800))
            try await server.stop(SIGKILL)
            let updates = await writer.value
            #expect(updates > 0)
            let state = try await Self.checkDatabase(database, url)
            #expect(state.problems.isEmpty, "\(state.problems)")
            server = try await ServerProcess(databaseURL: url)
            let tags = try await Self.get(server, "/api/sessions/\(id)/laps/3/tags")
            #expect(tags.status == 200)
            let stored = try JSONDecoder().decode(LapTags.self, from: Data(tags.body.utf8)).tags
            #expect([[], ["traffic"], ["cold-tires", "traffic"]].contains(stored), "a whole tag set: \(stored)")
            try await Self.expectReadable(server, [id])
            try await server.stop(SIGTERM)
        }
    }

    @Test func sigtermLetsAnInFlightUploadFinish() async throws {
        try await TestDatabase.with { database, url in
            var server = try await ServerProcess(databaseURL: url)
            let body = Array(Upload.body([("a.csv", try Upload.fixtureBytes(Self.fixture))]).readableBytesView)
            let connection = try await RawHTTP.connect(port: server.port)
            let answer: String = try await connection.executeThenClose { inbound, outbound in
                try await outbound.write(ByteBuffer(string: Self.uploadHead(body.count)))
                try await outbound.write(ByteBuffer(bytes: body))
                try await Task.sleep(for: .milliseconds(200))
                kill(server.pid, SIGTERM)
                var received = ""
                for try await chunk in inbound { received += String(buffer: chunk) }
                return received
            }
            #expect(answer.hasPrefix("HTTP/1.1 200"), "the in-flight upload was answered: \(answer.prefix(200))")
            let status = try await server.stop(SIGTERM)
            #expect(status == 0, "clean exit after draining")
            let state = try await Self.checkDatabase(database, url)
            #expect(state.sessions.count == 1)
            server = try await ServerProcess(databaseURL: url)
            try await Self.expectReadable(server, Array(state.sessions))
            try await server.stop(SIGTERM)
        }
    }
}

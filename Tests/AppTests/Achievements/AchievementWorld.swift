import Foundation
import HummingbirdTesting
import Storage
import Testing
import TestSupport
@testable import App

/// An achievement test's world: driver A's uploads through the real route, badge reads through the API, and session
/// rows seeded through the store for the count badges (50 sessions, 1,000 laps) instead of parsing that many files.
struct AchievementWorld {
    let api: TestAPI

    static func run(configure: @escaping (inout AppConfig) -> Void = { _ in },
                    _ body: @Sendable @escaping (AchievementWorld) async throws -> Void) async throws {
        try await withTestApp(configure: configure) { client, world in
            try await body(AchievementWorld(api: TestAPI(client: client, world: world)))
        }
    }

    /// Uploads fixtures as driver A; returns the response's session ids and `newly_unlocked`.
    func upload(_ stems: String..., as persona: TestWorld.Persona = .driverA) async throws -> (ids: [String], unlocked: [String]) {
        let response = try await api.upload(stems, as: persona)
        #expect(response.status == .ok, "\(response.text.prefix(300))")
        let body = try response.decode(UploadResponse.self)
        await api.world.app.coachingRunner.drain()
        return (body.session_ids, body.newly_unlocked)
    }

    /// `GET /api/achievements` as driver A (which evaluates the badges first), by id.
    func badges(as persona: TestWorld.Persona = .driverA) async throws -> [String: AchievementEntry] {
        let list = try await api.send(.get, "/api/achievements", as: persona).decode(AchievementList.self)
        return Dictionary(uniqueKeysWithValues: list.achievements.map { ($0.id, $0) })
    }

    func isUnlocked(_ id: String) async throws -> Bool { try #require(try await badges()[id]).unlocked }

    /// Stores `count` session rows for driver A without telemetry: `laps` laps each, on `track` (numbered per row when
    /// `distinctTracks`), with `consistency`.
    func seedRows(_ count: Int, laps: Int = 1, track: String = "Seeded Raceway", distinctTracks: Bool = false,
                  consistency: Double? = nil) async throws {
        let owner = try await api.userID(.driverA)
        let store = SQLSessionStore(database: api.world.app.database)
        for n in 0..<count {
            let id = "seed-\(UUID().uuidString.prefix(12))"
            let record = SessionRecord(
                sessionID: id, ownerID: owner, trackName: distinctTracks ? "\(track) \(n + 1)" : track, sessionDate: "01/06/2026 10:00",
                sessionStartedAt: Date(timeIntervalSince1970: 1_780_000_000 + Double(n)), filename: "\(id).csv", contentSHA256: id,
                nLaps: laps, nCleanLaps: laps, bestLapTimeS: 90, top3AvgTimeS: 90, avgLapTimeS: 91, consistencyScore: consistency,
                snapshotJSON: nil, createdAt: Date())
            _ = try await store.insert(record, file: StoredFile(filename: record.filename, encoding: .identity, originalSize: 1, content: [1]))
        }
    }

    /// Sets driver A's coaching level (the level the upload's report is written at).
    func setSkill(_ skill: String) async throws {
        let response = try await api.send(.patch, "/api/auth/me", as: .driverA, json: ["skill_level": skill])
        #expect(response.status == .ok, "\(response.text)")
    }
}

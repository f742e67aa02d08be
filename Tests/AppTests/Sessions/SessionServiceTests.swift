import Foundation
import Testing
import Storage
import TelemetryCore
import TestSupport
@testable import App

/// Ingest through the session service: one digest lookup per upload, one analysis per upload.
@Suite struct SessionServiceTests {
    static let stem = "barber_2026-02-15_intermediate"

    static func digestLookups(_ statements: [String]) -> Int {
        statements.filter { $0.hasPrefix("SELECT") && $0.contains("content_sha256 = ") }.count
    }

    @Test func aNewUploadLooksItsDigestUpOnce() async throws {
        let log = LogBox()
        try await withTestApp(database: log.wrap) { client, world in
            // given
            let owner = try await TestAPI(client: client, world: world).userID(.driverA)
            let bytes = [UInt8](try Data(contentsOf: TestPaths.fixture(Self.stem).csv))
            log.database?.reset()
            // when
            let stored = try await world.app.sessions.ingest(bytes, filename: "a.csv", owner: owner)
            // then
            #expect(!stored.duplicate)
            #expect(Self.digestLookups(log.database?.recorded ?? []) == 1)
        }
    }

    @Test func aRepeatedUploadIsFoundByItsDigestAndStoresNothing() async throws {
        let log = LogBox()
        try await withTestApp(database: log.wrap) { client, world in
            // given
            let owner = try await TestAPI(client: client, world: world).userID(.driverA)
            let bytes = [UInt8](try Data(contentsOf: TestPaths.fixture(Self.stem).csv))
            let first = try await world.app.sessions.ingest(bytes, filename: "a.csv", owner: owner)
            log.database?.reset()
            // when
            let again = try await world.app.sessions.ingest(bytes, filename: "b.csv", owner: owner)
            // then
            #expect(again.duplicate)
            #expect(again.record.sessionID == first.record.sessionID)
            #expect(again.analysis == nil)
            let statements = log.database?.recorded ?? []
            #expect(Self.digestLookups(statements) == 1)
            #expect(!statements.contains { $0.contains("INSERT") }, "\(statements)")
        }
    }

    @Test func theUploadsAnalysisIsTheOneLaterRequestsRead() async throws {
        try await withTestApp { client, world in
            // given
            let owner = try await TestAPI(client: client, world: world).userID(.driverA)
            let bytes = [UInt8](try Data(contentsOf: TestPaths.fixture(Self.stem).csv))
            // when
            let stored = try await world.app.sessions.ingest(bytes, filename: "a.csv", owner: owner)
            // then
            let built = try #require(stored.analysis)
            let cached = try #require(await world.app.sessions.analyses.cached(stored.record.sessionID, inputs: .init()))
            #expect(cached.sessionID == built.sessionID)
            #expect(cached.session.lapSummaries.count == built.session.lapSummaries.count)
            let snapshot = try #require(SnapshotDocument.decode(stored.record.snapshotJSON))
            #expect(snapshot.scores?.total == Numerics.finite(built.sessionScore().total))
        }
    }
}

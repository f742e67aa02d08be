import Foundation
import Testing
import Storage
import TelemetryCore
import TestSupport
@testable import App

/// An upload stores its file as it came and answers; the compactor, woken by the upload, then compresses the file
/// without changing a byte of what it decompresses to, and a session rebuilt from the compressed copy answers as before.
@Suite struct StoredFileCompactionTests {
    static let stem = "barber_2026-02-15_intermediate"

    @Test func theUploadKeepsTheFileAsItCame() throws {
        let bytes = [UInt8](try Data(contentsOf: TestPaths.fixture(Self.stem).csv))
        let draft = SessionDraft(processed: try SessionIngest.ingest(bytes), bytes: bytes, filename: "a.csv", owner: "alex",
                                 digest: "d", now: Date())
        #expect(draft.file.encoding == .identity && draft.file.content == bytes && draft.file.originalSize == bytes.count)
    }

    @Test func theUploadWakesTheCompactorWhichCompressesLosslessly() async throws {
        try await withTestApp { client, world in
            // given
            let owner = try await TestAPI(client: client, world: world).userID(.driverA)
            let bytes = [UInt8](try Data(contentsOf: TestPaths.fixture(Self.stem).csv))
            let store = SQLSessionStore(database: world.app.database)
            // when
            let id = try await world.app.sessions.ingest(bytes, filename: "a.csv", owner: owner).record.sessionID
            let laps = try await client.execute(uri: "/api/sessions/\(id)/laps", method: .get, headers: world.headers(.driverA))
            var stored = try await store.file(sessionID: id)
            for _ in 0..<600 where stored?.encoding != .gzip {
                try await Task.sleep(for: .milliseconds(100))
                stored = try await store.file(sessionID: id)
            }
            // then
            let compressed = try #require(stored)
            #expect(compressed.encoding == .gzip && compressed.originalSize == bytes.count)
            #expect(compressed.content.count < bytes.count / 2)
            #expect(try StoredFileCodec.decompress(compressed) == bytes)
            #expect(try await store.uploadedFiles(limit: 10).isEmpty)
            #expect(await world.app.storedFiles.compactAll() == 0)
            await world.app.sessions.telemetry.evict(id)
            let rebuilt = try await client.execute(uri: "/api/sessions/\(id)/laps", method: .get, headers: world.headers(.driverA))
            #expect(rebuilt.status == .ok && rebuilt.text == laps.text)
        }
    }

    @Test func filesLeftAsUploadedAreCompressedByAPass() async throws {
        try await withTestApp { client, world in
            // given two rows stored as uploaded behind the running compactor's back (as a stop before compaction leaves them)
            let owner = try await TestAPI(client: client, world: world).userID(.driverA)
            let store = SQLSessionStore(database: world.app.database)
            let bytes = [UInt8](try Data(contentsOf: TestPaths.fixture(Self.stem).csv))
            for (index, id) in ["left-1", "left-2"].enumerated() {
                let draft = SessionDraft(processed: try SessionIngest.ingest(bytes), bytes: bytes, filename: "a.csv", owner: owner,
                                         digest: "d\(index)", now: Date())
                var record = draft.record
                record.sessionID = id
                _ = try await store.insert(record, file: draft.file)
            }
            // when
            await world.app.storedFiles.compactAll()
            // then
            for id in ["left-1", "left-2"] {
                let file = try #require(try await store.file(sessionID: id))
                #expect(try file.encoding == .gzip && StoredFileCodec.decompress(file) == bytes)
            }
        }
    }
}

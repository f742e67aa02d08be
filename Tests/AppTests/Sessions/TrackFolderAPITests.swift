import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import TestSupport

@Suite struct TrackFolderAPITests {
    static var dataDir: String { TestPaths.repositoryRoot.appendingPathComponent("Fixtures/sessions").path }

    @Test func listsAndLoadsSampleSessionsForTheCaller() async throws {
        try await withTestApp(configure: { $0.sessionDataDirectory = Self.dataDir }) { client, world in
            let list = try await client.execute(uri: "/api/tracks", method: .get, headers: world.headers(.driverA))
            let folders = try #require(list.json as? [[String: Any]])
            #expect(folders.count == 1)
            #expect(folders.first?["folder"] as? String == "barber_motorsports_park")
            #expect(folders.first?["n_files"] as? Int == 3)
            let load = try await client.execute(uri: "/api/tracks/barber_motorsports_park/load?limit=2", method: .post,
                                                headers: world.headers(.driverA))
            let json = try #require(load.json as? [String: Any])
            #expect(json["sessions_loaded"] as? Int == 2)
            let mine = try await client.execute(uri: "/api/sessions", method: .get, headers: world.headers(.driverA))
            #expect((mine.json as? [String: Any])?["total"] as? Int == 2)
            let theirs = try await client.execute(uri: "/api/sessions", method: .get, headers: world.headers(.driverB))
            #expect((theirs.json as? [String: Any])?["total"] as? Int == 0)
        }
    }

    @Test func pathTricksAre404() async throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("cataclysm-outside-\(UUID().uuidString)")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cataclysm-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: outside.appendingPathComponent("secret.csv"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("escape"), withDestinationURL: outside)
        defer {
            try? FileManager.default.removeItem(at: outside)
            try? FileManager.default.removeItem(at: root)
        }
        try await withTestApp(configure: { $0.sessionDataDirectory = root.path }) { client, world in
            for folder in ["..", "escape", "%2E%2E", ".", "nope"] {
                let response = try await client.execute(uri: "/api/tracks/\(folder)/load", method: .post, headers: world.headers(.driverA))
                #expect(response.status == .notFound, "\(folder)")
            }
            let list = try await client.execute(uri: "/api/tracks", method: .get, headers: world.headers(.driverA))
            #expect((list.json as? [Any])?.isEmpty == true)
        }
    }

    @Test func limitMustBePositive() async throws {
        try await withTestApp(configure: { $0.sessionDataDirectory = Self.dataDir }) { client, world in
            let response = try await client.execute(uri: "/api/tracks/barber_motorsports_park/load?limit=0", method: .post,
                                                    headers: world.headers(.driverA))
            #expect(response.status == .unprocessableContent)
            let issues = try #require((response.json as? [String: Any])?["detail"] as? [[String: Any]])
            #expect(issues.first?["type"] as? String == "greater_than_equal")
        }
    }
}

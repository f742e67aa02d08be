import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// Sample track folders are operator tooling (weak point 14): an operator lists and loads them; everyone else is 403.
@Suite struct TrackFolderAPITests {
    static var dataDir: String { TestPaths.repositoryRoot.appendingPathComponent("Fixtures/sessions").path }

    static func operatorConfig(dataDir: String) -> @Sendable (inout AppConfig) -> Void {
        { config in
            config.sessionDataDirectory = dataDir
            config.adminEmails = [TestWorld.Persona.operator.email]
        }
    }

    @Test func listsAndLoadsSampleSessionsForTheCaller() async throws {
        try await withTestApp(configure: Self.operatorConfig(dataDir: Self.dataDir)) { client, world in
            let list = try await client.execute(uri: "/api/tracks", method: .get, headers: world.headers(.operator))
            let folders = try list.decode([TrackFolders.Folder].self)
            #expect(folders == [TrackFolders.Folder(folder: "barber_motorsports_park", n_files: 3),
                                TrackFolders.Folder(folder: "test_circuit_alpha", n_files: 1),
                                TrackFolders.Folder(folder: "test_circuit_bravo", n_files: 1),
                                TrackFolders.Folder(folder: "test_circuit_charlie", n_files: 2),
                                TrackFolders.Folder(folder: "test_circuit_delta", n_files: 1),
                                TrackFolders.Folder(folder: "test_circuit_echo", n_files: 1),
                                TrackFolders.Folder(folder: "test_circuit_foxtrot", n_files: 1)])
            let load = try await client.execute(uri: "/api/tracks/barber_motorsports_park/load?limit=2", method: .post,
                                                headers: world.headers(.operator))
            #expect(try load.decode(LoadResult.self).sessions_loaded == 2)
            let mine = try await client.execute(uri: "/api/sessions", method: .get, headers: world.headers(.operator))
            #expect(try mine.decode(SessionList.self).total == 2)
            let theirs = try await client.execute(uri: "/api/sessions", method: .get, headers: world.headers(.driverA))
            #expect(try theirs.decode(SessionList.self).total == 0)
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
        try await withTestApp(configure: Self.operatorConfig(dataDir: root.path)) { client, world in
            for folder in ["..", "escape", "%2E%2E", ".", "nope"] {
                let response = try await client.execute(uri: "/api/tracks/\(folder)/load", method: .post, headers: world.headers(.operator))
                #expect(response.status == .notFound, "\(folder)")
            }
            let list = try await client.execute(uri: "/api/tracks", method: .get, headers: world.headers(.operator))
            #expect(try list.decode([TrackFolders.Folder].self).isEmpty)
        }
    }

    @Test func limitMustBePositive() async throws {
        try await withTestApp(configure: Self.operatorConfig(dataDir: Self.dataDir)) { client, world in
            let response = try await client.execute(uri: "/api/tracks/barber_motorsports_park/load?limit=0", method: .post,
                                                    headers: world.headers(.operator))
            #expect(response.status == .unprocessableContent)
            #expect(response.issues?.first?.type == "greater_than_equal")
        }
    }

    @Test func driversAndInstructorsAre403WhateverTheFolder() async throws {
        try await withTestApp(configure: Self.operatorConfig(dataDir: Self.dataDir)) { client, world in
            try await world.setRole(.instructor, .instructor, client: client)
            for persona in [TestWorld.Persona.driverA, .instructor] {
                let list = try await client.execute(uri: "/api/tracks", method: .get, headers: world.headers(persona))
                #expect(list.status == .forbidden)
                #expect(list.detail == "Admin access required")
                for folder in ["barber_motorsports_park", "..", "nope"] {
                    let load = try await client.execute(uri: "/api/tracks/\(folder)/load", method: .post, headers: world.headers(persona))
                    #expect(load.status == .forbidden, "\(persona) \(folder)")
                }
            }
            let mine = try await client.execute(uri: "/api/sessions", method: .get, headers: world.headers(.driverA))
            #expect(try mine.decode(SessionList.self).total == 0)
        }
    }
}

import Foundation
import Testing
import TelemetryCore
@testable import Coaching

/// Ground truth of a simulated session (the JSON beside each fixture CSV): the parts the coaching tests read.
struct CoachingTruth: Decodable, Sendable {
    struct Summary: Decodable, Sendable {
        let best_lap: Int
        let clean_laps: [Int]
        let mistake_laps: [Int]
        let traffic_laps: [Int]
    }
    struct Incident: Decodable, Sendable {
        let type: String
        let corner: Int?
        let time_lost_s: Double
    }
    struct Lap: Decodable, Sendable {
        let lap_number: Int
        let category: String
        let incident: Incident?
    }
    struct TrackCorner: Decodable, Sendable {
        let number: Int
        let apex_m: Double
    }
    struct Track: Decodable, Sendable {
        let corners: [TrackCorner]
    }
    let summary: Summary
    let laps: [Lap]
    let track: Track
}

/// One ingested fixture: its session, truth and the analysis facade.
struct CoachingFixture: Sendable, CustomTestStringConvertible {
    let name: String
    let analysis: SessionAnalysis
    let truth: CoachingTruth?
    var testDescription: String { name }

    /// Where the fixtures are: `$CATACLYSM_FIXTURES`, else the shared fixtures beside the repository
    /// (`../shared/fixtures/sessions`), else the repository's own `Fixtures/sessions`.
    static let directories: [URL] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var dirs: [URL] = []
        if let env = ProcessInfo.processInfo.environment["CATACLYSM_FIXTURES"] { dirs.append(URL(fileURLWithPath: env)) }
        dirs.append(root.deletingLastPathComponent().appendingPathComponent("shared/fixtures/sessions"))
        dirs.append(root.appendingPathComponent("Fixtures/sessions"))
        return dirs.filter { FileManager.default.fileExists(atPath: $0.path) }
    }()

    /// Every fixture CSV under the first directory that exists, sorted by name.
    static let csvFiles: [URL] = {
        guard let dir = directories.first,
              let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "csv" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }()

    /// The fixtures that ingest (all of them since laps are timed without lap numbers too), loaded once.
    static let all: [CoachingFixture] = csvFiles.compactMap { url in
        guard let data = try? Data(contentsOf: url), let session = try? SessionIngest.ingest([UInt8](data)) else { return nil }
        let truthURL = url.deletingPathExtension().appendingPathExtension("json")
        let truth = (try? Data(contentsOf: truthURL)).flatMap { try? JSONDecoder().decode(CoachingTruth.self, from: $0) }
        return CoachingFixture(name: url.deletingPathExtension().lastPathComponent,
                               analysis: SessionAnalysis(session: session, sessionID: url.lastPathComponent), truth: truth)
    }

    func facts(_ skill: CoachingSkill) -> CoachingFacts { CoachingFacts.make(from: analysis, skill: skill) }

    /// The detected corner whose zone holds the truth corner's apex (else the nearest apex).
    func detectedCorner(forTruthApex apex: Double) -> Int? {
        let corners = analysis.corners().corners
        if let c = corners.first(where: { $0.entryDistanceM <= apex && apex <= $0.exitDistanceM }) { return c.number }
        return corners.min { abs($0.apexDistanceM - apex) < abs($1.apexDistanceM - apex) }?.number
    }
}

import Synchronization
import Foundation
import TelemetryCore

/// Extra list fields kept with the row as JSON (platform.md §2.5), so the list needs no telemetry.
struct SnapshotDocument: Codable, Sendable {
    struct GPSQuality: Codable, Sendable { var overall_score: Double?; var grade: String? }
    struct Scores: Codable, Equatable, Sendable {
        var total: Double?
        var consistency: Double?
        var pace: Double?
        var technique: Double?
        var optimal_lap_time_s: Double?
    }
    var session_date_display: String
    var gps_centroid: GPSCentroid?
    var racechrono_version: String
    var gps_quality: GPSQuality?
    var scores: Scores?
    /// The best lap's length (m), for distances driven (wrapped, platform.md §9).
    var best_lap_distance_m: Double?
    /// How the laps were timed (`lap_numbers`, `learned_gate`, `auto_gate`); absent in rows stored before issue #16.
    var lap_timing: String?
    /// The gate a file without lap numbers was timed at: the telemetry is rebuilt at it, so the laps never change.
    var lap_gate: LapGate?

    /// The stored snapshot decoded, remembered by its text: a session list or detail decodes it for every session on
    /// every read (6 % of a session read's CPU), and a snapshot's text only changes when it is rewritten, which gives
    /// another key. At most `decodedLimit` texts are kept (a few kB each); the set starts over when full.
    static func decode(_ json: String?) -> SnapshotDocument? {
        guard let json else { return nil }
        if let known = decoded.withLock({ $0[json] }) { return known }
        guard let document = try? JSONDecoder().decode(SnapshotDocument.self, from: Data(json.utf8)) else { return nil }
        decoded.withLock { texts in
            if texts.count >= decodedLimit { texts.removeAll(keepingCapacity: true) }
            texts[json] = document
        }
        return document
    }

    static let decodedLimit = 512
    private static let decoded = Mutex<[String: SnapshotDocument]>([:])

    init(processed: ProcessedSession, extras: SnapshotExtras) {
        gps_quality = GPSQuality(overall_score: Numerics.finite(extras.gpsQualityScore), grade: extras.gpsQualityGrade)
        scores = Scores(extras.sessionScore)
        session_date_display = processed.metadata.sessionDate
        racechrono_version = processed.metadata.racechronoVersion
        gps_centroid = processed.gpsCentroid
        lap_timing = processed.lapTiming.rawValue
        lap_gate = processed.timingGate
        best_lap_distance_m = processed.lapSummaries.first { $0.lapNumber == processed.bestLap }.flatMap { Numerics.finite($0.lapDistanceM) }
    }

    var json: String? {
        guard let data = try? JSONCoding.encoder.encode(self) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

extension SnapshotDocument.Scores {
    init(_ score: SessionScore) {
        total = Numerics.finite(score.total)
        consistency = Numerics.finite(score.consistency)
        pace = Numerics.finite(score.pace)
        technique = Numerics.finite(score.technique)
        optimal_lap_time_s = Numerics.finite(score.optimalLapTimeS)
    }
}

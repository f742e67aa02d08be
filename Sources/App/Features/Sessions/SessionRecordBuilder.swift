import Foundation
import Storage
import TelemetryCore

/// The session row persisted at upload: the list-summary numbers of analysis.md §9.1.
enum SessionRecordBuilder {
    static func record(id: String, owner: String?, filename: String, sha256: String, processed: ProcessedSession) -> SessionRecord {
        let snapshot = processed.snapshot
        let startedAt = processed.channels.timestamp.first.flatMap { $0.isFinite ? Date(timeIntervalSince1970: $0) : nil }
        return SessionRecord(
            sessionID: id, ownerID: owner, trackName: processed.metadata.trackName,
            sessionDate: processed.metadata.sessionDate, sessionStartedAt: startedAt, filename: filename,
            contentSHA256: sha256, nLaps: snapshot.nLaps, nCleanLaps: snapshot.nCleanLaps,
            bestLapTimeS: Numerics.finite(snapshot.bestLapTimeS), top3AvgTimeS: Numerics.finite(snapshot.top3AvgTimeS),
            avgLapTimeS: Numerics.finite(snapshot.avgLapTimeS), consistencyScore: Numerics.finite(snapshot.consistencyScore),
            snapshotJSON: SnapshotDocument(processed: processed,
                                           extras: SessionAnalysis(session: processed, sessionID: id).snapshotExtras()).json,
            createdAt: Date())
    }
}

/// Extra list fields kept with the row as JSON (platform.md §2.5), so the list needs no telemetry.
struct SnapshotDocument: Codable {
    struct GPSQuality: Codable { var overall_score: Double?; var grade: String? }
    struct Scores: Codable {
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

    static func decode(_ json: String?) -> SnapshotDocument? {
        guard let json else { return nil }
        return try? JSONDecoder().decode(SnapshotDocument.self, from: Data(json.utf8))
    }

    init(processed: ProcessedSession, extras: SnapshotExtras) {
        gps_quality = GPSQuality(overall_score: Numerics.finite(extras.gpsQualityScore), grade: extras.gpsQualityGrade)
        scores = Scores(extras.sessionScore)
        session_date_display = processed.metadata.sessionDate
        racechrono_version = processed.metadata.racechronoVersion
        gps_centroid = processed.gpsCentroid
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

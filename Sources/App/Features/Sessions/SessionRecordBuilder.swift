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
            bestLapTimeS: snapshot.bestLapTimeS.finite, top3AvgTimeS: snapshot.top3AvgTimeS.finite,
            avgLapTimeS: snapshot.avgLapTimeS.finite, consistencyScore: snapshot.consistencyScore.finite,
            snapshotJSON: SnapshotDocument(processed: processed,
                                           extras: SessionAnalysis(session: processed, sessionID: id).snapshotExtras()).json,
            createdAt: Date())
    }
}

/// Extra list fields kept with the row as JSON (platform.md §2.5), so the list needs no telemetry.
struct SnapshotDocument: Codable {
    struct Centroid: Codable { var lat: Double; var lon: Double }
    struct GPSQuality: Codable { var overall_score: Double?; var grade: String? }
    struct Scores: Codable {
        var total: Double?
        var consistency: Double?
        var pace: Double?
        var technique: Double?
        var optimal_lap_time_s: Double?
    }
    var session_date_display: String
    var gps_centroid: Centroid?
    var racechrono_version: String
    var gps_quality: GPSQuality?
    var scores: Scores?

    static func decode(_ json: String?) -> SnapshotDocument? {
        guard let json else { return nil }
        return try? JSONDecoder().decode(SnapshotDocument.self, from: Data(json.utf8))
    }

    init(processed: ProcessedSession, extras: SnapshotExtras) {
        gps_quality = GPSQuality(overall_score: extras.gpsQualityScore.finite, grade: extras.gpsQualityGrade)
        scores = Scores(extras.sessionScore)
        session_date_display = processed.metadata.sessionDate
        racechrono_version = processed.metadata.racechronoVersion
        let lat = processed.channels.latitude
        let lon = processed.channels.longitude
        if !lat.isEmpty, lat.count == lon.count {
            let meanLat = lat.reduce(0, +) / Double(lat.count)
            let meanLon = lon.reduce(0, +) / Double(lon.count)
            if meanLat.isFinite, meanLon.isFinite {
                gps_centroid = Centroid(lat: (meanLat * 1e6).rounded() / 1e6, lon: (meanLon * 1e6).rounded() / 1e6)
            }
        }
    }

    var json: String? {
        guard let data = try? JSONCoding.encoder.encode(self) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

extension Double {
    /// nil for NaN and ±infinity, so JSON never carries them.
    var finite: Double? { isFinite ? self : nil }
}

extension SnapshotDocument.Scores {
    init(_ score: SessionScore) {
        total = score.total?.finite
        consistency = score.consistency?.finite
        pace = score.pace?.finite
        technique = score.technique?.finite
        optimal_lap_time_s = score.optimalLapTimeS?.finite
    }
}

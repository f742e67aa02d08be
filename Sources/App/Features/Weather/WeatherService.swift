import Foundation
import Logging
import Storage
import Weather

/// Session weather without HTTP (platform.md §2.9): looked up once from the session's GPS centroid and start time,
/// kept in the database, with failed lookups counted there. A provider failure is never an error: weather is absent.
struct WeatherService: Sendable {
    let store: any WeatherStore
    /// Nil when weather is switched off (`WEATHER_ENABLED=false`): every lookup then finds nothing.
    let provider: (any WeatherProvider)?
    let logger: Logger
    let clock: @Sendable () -> Date

    /// Where and when the session was driven: the centroid of its positions and the first telemetry timestamp (else
    /// the header date at noon UTC); nil without either.
    static func query(_ record: SessionRecord) -> WeatherQuery? {
        guard let centroid = SnapshotDocument.decode(record.snapshotJSON)?.gps_centroid else { return nil }
        guard let date = record.sessionStartedAt ?? SessionDateParser.date(record.sessionDate) else { return nil }
        let query = WeatherQuery(latitude: centroid.lat, longitude: centroid.lon, date: date)
        return query.hasValidCoordinates ? query : nil
    }

    /// The stored weather of the session.
    func stored(_ record: SessionRecord) async throws -> SessionWeather? {
        try await store.weather(sessionID: record.sessionID).flatMap(Self.decode)
    }

    /// The stored weather, else a live lookup now (stored when found).
    func current(_ record: SessionRecord) async throws -> SessionWeather? {
        if let stored = try await stored(record) { return stored }
        return try await fetch(record)
    }

    /// A live lookup: stored when found, counted as a failure when the session has a place and time but no weather came.
    @discardableResult
    func fetch(_ record: SessionRecord) async throws -> SessionWeather? {
        guard let provider, let query = Self.query(record) else { return nil }
        guard let weather = await provider.weather(for: query) else {
            try await store.recordFailure(sessionID: record.sessionID, now: clock())
            return nil
        }
        try await save(weather, for: record.sessionID)
        return weather
    }

    func save(_ weather: SessionWeather, for sessionID: String) async throws {
        try await store.save(weatherJSON: String(decoding: try JSONCoding.encoder.encode(weather), as: UTF8.self),
                             sessionID: sessionID, now: clock())
    }

    /// `PATCH …/track-condition`: a condition set by hand, or (nil) the provider's again; 409 before any weather is
    /// stored, 502 when the provider does not answer (the manual condition is then kept).
    func setCondition(_ condition: String?, of record: SessionRecord) async throws -> SessionWeather {
        guard var current = try await stored(record) else {
            throw AppError.conflict("No weather for session \(record.sessionID) yet: look it up first")
        }
        guard let condition else {
            guard let fresh = try await fetch(record) else {
                throw AppError.badGateway("The weather provider did not answer; the manual condition is kept")
            }
            return fresh
        }
        current.track_condition = condition
        current.track_condition_is_manual = true
        try await save(current, for: record.sessionID)
        return current
    }

    /// `POST /api/sessions/backfill-weather`: every one of the caller's sessions without weather is looked up.
    func backfill(_ records: [SessionRecord]) async throws -> BackfillResult {
        var result = BackfillResult(backfilled: 0, skipped: 0, failed: 0, total: records.count)
        for record in records {
            if try await store.weather(sessionID: record.sessionID) != nil || provider == nil || Self.query(record) == nil {
                result.skipped += 1
            } else if try await fetch(record) != nil {
                result.backfilled += 1
            } else {
                result.failed += 1
            }
        }
        return result
    }

    static func decode(_ json: String) -> SessionWeather? {
        try? JSONCoding.decoder.decode(SessionWeather.self, from: Data(json.utf8))
    }
}

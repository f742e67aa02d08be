import Foundation

/// `WeatherStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLWeatherStore: WeatherStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    public func weather(sessionID: String) async throws -> String? {
        try await database.first("SELECT weather_json FROM session_weather WHERE session_id = $1", [.text(sessionID)])
            .flatMap { try $0.optionalString("weather_json") }
    }

    public func save(weatherJSON: String, sessionID: String, now: Date) async throws {
        try await database.execute(
            """
            INSERT INTO session_weather (session_id, weather_json, failures, attempted_at, fetched_at) VALUES ($1, $2, 0, $3, $3)
            ON CONFLICT (session_id) DO UPDATE SET weather_json = excluded.weather_json, failures = 0,
                attempted_at = excluded.attempted_at, fetched_at = excluded.fetched_at
            """, [.text(sessionID), .text(weatherJSON), .date(now)])
    }

    public func recordFailure(sessionID: String, now: Date) async throws {
        try await database.execute(
            """
            INSERT INTO session_weather (session_id, failures, attempted_at) VALUES ($1, 1, $2)
            ON CONFLICT (session_id) DO UPDATE SET failures = session_weather.failures + 1, attempted_at = excluded.attempted_at
            """, [.text(sessionID), .date(now)])
    }

    public func missing(limit: Int, maxFailures: Int) async throws -> [SessionRecord] {
        try await database.query(
            """
            SELECT \(SQLSessionStore.qualifiedColumns("s")) FROM sessions s
            LEFT JOIN session_weather w ON w.session_id = s.session_id
            WHERE (w.session_id IS NULL OR (w.weather_json IS NULL AND w.failures < $1)) AND s.expires_at IS NULL
            ORDER BY s.created_at LIMIT $2
            """, [.int(Int64(maxFailures)), .int(Int64(limit))]).map(SQLSessionStore.record)
    }
}

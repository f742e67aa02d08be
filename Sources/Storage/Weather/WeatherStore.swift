import Foundation

/// Session weather as fetched (platform.md §2.9): a JSON document per session, and the failed lookups per session.
public protocol WeatherStore: Sendable {
    /// The session's stored weather JSON, if any.
    func weather(sessionID: String) async throws -> String?
    /// Stores the weather (replacing any) and clears the failure count.
    func save(weatherJSON: String, sessionID: String, now: Date) async throws
    /// Counts one failed lookup.
    func recordFailure(sessionID: String, now: Date) async throws
    /// Sessions without weather and with fewer than `maxFailures` failed lookups, oldest first.
    func missing(limit: Int, maxFailures: Int) async throws -> [SessionRecord]
}

/// Reads sessions' equipment and weather together: what every analysis of a session reads besides its laps, in one
/// query for any number of sessions. Callers pass sessions they already authorized.
public protocol SessionSetupStore: Sendable {
    /// Each existing session's setup, by session id.
    func setups(sessionIDs: [String]) async throws -> [String: SessionSetupRecord]
    /// One session's setup and lap tags in one read (nil: no such session).
    func inputs(sessionID: String) async throws -> SessionInputsRecord?
}

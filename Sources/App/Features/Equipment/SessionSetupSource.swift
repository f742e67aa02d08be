import Foundation
import Storage
import Weather

/// Reads sessions' `SessionSetup`s (one query for any number of sessions).
struct SessionSetupSource: Sendable {
    let store: any SessionSetupStore

    /// Each session's setup (an empty one without equipment and weather); storage errors propagate (an answer must
    /// not be computed, and cached, without it).
    func setups(sessionIDs: [String]) async throws -> [String: SessionSetup] {
        try await store.setups(sessionIDs: sessionIDs).mapValues(SessionSetup.init)
    }

    /// One session's setup.
    func setup(sessionID: String) async throws -> SessionSetup {
        try await setups(sessionIDs: [sessionID])[sessionID] ?? SessionSetup()
    }

    /// One session's setup and lap tags, read together (what an analysis request needs besides the session itself).
    func inputs(sessionID: String) async throws -> (setup: SessionSetup, tags: [Int: [String]]) {
        guard let record = try await store.inputs(sessionID: sessionID) else { return (SessionSetup(), [:]) }
        return (SessionSetup(record.setup), record.lapTags)
    }
}

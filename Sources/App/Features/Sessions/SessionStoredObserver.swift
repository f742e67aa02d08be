import Storage
import TelemetryCore

/// Something that reacts after an upload stored a session (or met the caller's identical copy). The session service
/// calls every observer once per stored file, after the session row is committed; an observer's failure is logged
/// and never fails the upload.
public protocol SessionStoredObserver: Sendable {
    func sessionStored(_ stored: StoredSession) async throws
}

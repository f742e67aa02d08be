import Storage
import TelemetryCore

/// What an upload stored: the session row, whether it was the owner's identical earlier upload, and (for a new
/// session) the analysis the upload already built.
public struct StoredSession: Sendable {
    public var record: SessionRecord
    public var duplicate: Bool
    /// The analysis of a newly stored session with no lap tags yet; nil for a duplicate.
    public var analysis: SessionAnalysis?
}

/// Something that reacts after an upload stored a session (or met the caller's identical copy). The session service
/// calls every observer once per stored file, after the session row is committed; an observer's failure is logged
/// and never fails the upload.
public protocol SessionStoredObserver: Sendable {
    func sessionStored(_ stored: StoredSession) async throws
}

/// Something that reacts after sessions were deleted (leaderboard kings, say). Called once per delete request, after
/// the deletion is committed; failures are logged and never fail the request.
public protocol SessionRemovedObserver: Sendable {
    func sessionsRemoved(_ records: [SessionRecord]) async throws
}

import Storage

/// Something that reacts after an upload stored a session (or met the caller's identical copy). The ingest service
/// calls every observer once per stored file, after the session row is committed; an observer's failure is logged
/// and never fails the upload.
public protocol SessionStoredObserver: Sendable {
    /// `duplicate` is true when the same owner uploaded the same bytes before and `record` is that stored session.
    func sessionStored(_ record: SessionRecord, duplicate: Bool) async throws
}

/// Something that reacts after sessions were deleted (leaderboard kings, say). Called once per delete request, after
/// the deletion is committed; failures are logged and never fail the request.
public protocol SessionRemovedObserver: Sendable {
    func sessionsRemoved(_ records: [SessionRecord]) async throws
}

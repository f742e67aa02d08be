import Storage

/// Something that reacts after sessions were deleted (leaderboard kings, say). Called once per delete request, after
/// the deletion is committed; failures are logged and never fail the request.
public protocol SessionRemovedObserver: Sendable {
    func sessionsRemoved(_ records: [SessionRecord]) async throws
}

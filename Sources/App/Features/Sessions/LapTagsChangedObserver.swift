import Storage

/// Something that reacts after a lap's tags changed, which changes the session's clean laps (its coaching reports
/// go stale, say). Failures are logged and never fail the request.
protocol LapTagsChangedObserver: Sendable {
    func lapTagsChanged(_ record: SessionRecord) async throws
}

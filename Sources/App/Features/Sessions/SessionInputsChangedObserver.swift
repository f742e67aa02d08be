/// Something that reacts after what a session's analysis reads changed — its lap tags (which laps are clean), its
/// equipment or its track condition — so its coaching reports go stale, say. Failures are logged and never fail the
/// request.
protocol SessionInputsChangedObserver: Sendable {
    func inputsChanged(sessionID: String) async throws
}

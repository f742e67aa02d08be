import Storage

/// After an upload with lap numbers, its start/finish gate is learned for its place.
struct LapGateLearner: SessionStoredObserver {
    let book: LapGateBook

    func sessionStored(_ stored: StoredSession) async throws {
        guard !stored.duplicate, let gate = stored.analysis?.session.learnedGate else { return }
        try await book.learn(gate)
    }
}

import Storage

/// After an upload, the new session's weather is looked up in the background (platform.md §2.9, issue #14).
struct WeatherUploadObserver: SessionStoredObserver {
    let lookups: WeatherLookups

    func sessionStored(_ stored: StoredSession) async throws {
        guard !stored.duplicate else { return }
        await lookups.start(stored.record)
    }
}

import Storage
import TelemetryCore

/// Processed telemetry of an authorized session: from the cache, else rebuilt from the stored file.
struct SessionLoader: Sendable {
    let store: any SessionStore
    let cache: SessionCache

    func processed(_ record: SessionRecord) async throws -> ProcessedSession {
        let store = self.store
        return try await cache.session(record.sessionID) {
            guard let file = try await store.file(of: record) else {
                throw AppError.serviceUnavailable("Session data is temporarily unavailable, retry")
            }
            let bytes = try StoredFileCodec.decompress(file)
            do { return try SessionIngest.ingest(bytes) } catch {
                throw AppError.serviceUnavailable("Session data is temporarily unavailable, retry")
            }
        }
    }
}

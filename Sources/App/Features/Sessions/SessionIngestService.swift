import CompressNIO
import Crypto
import Foundation
import Logging
import NIOCore
import Storage
import TelemetryCore

/// Bytes in, stored session out: parse, laps, snapshot, compressed file, one transaction; dedupe per owner.
public struct SessionIngestService: Sendable {
    let store: any SessionStore
    let cache: SessionCache
    let logger: Logger
    /// Told about every stored session after its row is committed (auto-flagging, say).
    let observers: [any SessionStoredObserver]
    /// Told after sessions were deleted.
    let removalObservers: [any SessionRemovedObserver]

    init(store: any SessionStore, cache: SessionCache, logger: Logger, observers: [any SessionStoredObserver] = [],
         removalObservers: [any SessionRemovedObserver] = []) {
        self.store = store
        self.cache = cache
        self.logger = logger
        self.observers = observers
        self.removalObservers = removalObservers
    }

    /// After a committed delete: drops the sessions from the cache and tells the removal observers.
    func removed(_ records: [SessionRecord]) async {
        for record in records { await cache.evict(record.sessionID) }
        guard !records.isEmpty else { return }
        for observer in removalObservers {
            do { try await observer.sessionsRemoved(records) } catch {
                logger.error("session removal observer failed", metadata: [
                    "observer": "\(type(of: observer))", "error_type": "\(type(of: error))"])
            }
        }
    }

    /// The result of storing one file.
    public struct Stored: Sendable {
        public var record: SessionRecord
        public var duplicate: Bool
    }

    /// Processes and stores one upload for `owner`; a CSV problem throws `CSVFormatError`.
    public func ingest(_ bytes: [UInt8], filename: String, owner: String) async throws -> Stored {
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        if let existing = try await store.existing(contentSHA256: digest, OwnerScope(userID: owner)) {
            await notify(existing, duplicate: true)
            return Stored(record: existing, duplicate: true)
        }
        let processed = try SessionIngest.ingest(bytes)
        let record = SessionRecordBuilder.record(
            id: SessionID.make(), owner: owner, filename: filename, sha256: digest, processed: processed)
        let file = try StoredFileCodec.compress(bytes, filename: filename)
        switch try await store.insert(record, file: file) {
        case .created(let created):
            await cache.insert(created.sessionID, processed)
            logger.info("session stored", metadata: ["session_id": "\(created.sessionID)", "laps": "\(processed.lapSummaries.count)"])
            await notify(created, duplicate: false)
            return Stored(record: created, duplicate: false)
        case .duplicate(let existing):
            await notify(existing, duplicate: true)
            return Stored(record: existing, duplicate: true)
        }
    }

    private func notify(_ record: SessionRecord, duplicate: Bool) async {
        for observer in observers {
            do { try await observer.sessionStored(record, duplicate: duplicate) } catch {
                logger.error("session observer failed", metadata: [
                    "session_id": "\(record.sessionID)", "observer": "\(type(of: observer))", "error": "\(error)"])
            }
        }
    }

    /// The processed telemetry of an authorized session, rebuilt from its stored file on a cache miss.
    public func processed(_ record: SessionRecord) async throws -> ProcessedSession {
        try await SessionLoader(store: store, cache: cache).processed(record)
    }
}

/// Random, URL-safe session ids (128 bits).
enum SessionID {
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64
        let low = generator.next() as UInt64
        return String(format: "%016llx%016llx", high, low)
    }
}

/// Stored files are gzip-compressed; the original is what the telemetry is rebuilt from.
enum StoredFileCodec {
    static func compress(_ bytes: [UInt8], filename: String) throws -> StoredFile {
        var buffer = ByteBuffer(bytes: bytes)
        let compressed = try buffer.compress(with: .gzip(configuration: ZlibConfiguration(compressionLevel: 1)))
        return StoredFile(filename: filename, encoding: .gzip, originalSize: bytes.count,
                          content: Array(compressed.readableBytesView))
    }

    static func decompress(_ file: StoredFile) throws -> [UInt8] {
        switch file.encoding {
        case .identity: return file.content
        case .gzip:
            var buffer = ByteBuffer(bytes: file.content)
            let inflated = try buffer.decompress(with: .gzip(), maxSize: max(file.originalSize, 1) + 1024)
            return Array(inflated.readableBytesView)
        }
    }
}

import Logging
import ServiceLifecycle
import Storage

/// Compresses uploaded files after their upload has answered. An upload stores its file as it came (identity) in the
/// same transaction as its row, because gzip of a 5.8 MB export costs about 90 ms of CPU here, most of an upload's
/// time; this service then rewrites each such file gzip-compressed (`StoredFileCodec`, level 1: 2.7× smaller, where
/// level 6 is 3.2× for five times the CPU). It runs at start-up (files left as uploaded by a stop) and after each
/// upload; a file is replaced only while still stored as uploaded, so two servers on one database compress it once.
public final class StoredFileCompactor: Service, SessionStoredObserver, Sendable {
    let sessions: any SessionStore
    let logger: Logger
    private let wakeups: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation
    /// Files read per round.
    static let batch = 8

    init(sessions: any SessionStore, logger: Logger) {
        self.sessions = sessions
        self.logger = logger
        (wakeups, wake) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    public func sessionStored(_ stored: StoredSession) async throws {
        if !stored.duplicate { wake.yield() }
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            await self.compactAll()
            for await _ in self.wakeups { await self.compactAll() }
        }
    }

    /// Compresses every file still stored as uploaded; how many it replaced.
    @discardableResult
    public func compactAll() async -> Int {
        var replaced = 0
        do {
            while !Task.isCancelled {
                let pending = try await sessions.uploadedFiles(limit: Self.batch)
                var progressed = false
                for sessionID in pending {
                    guard let file = try await sessions.file(sessionID: sessionID), file.encoding == .identity else { continue }
                    let compressed = try StoredFileCodec.compress(file.content, filename: file.filename)
                    if try await sessions.replaceUploadedFile(sessionID: sessionID, with: compressed) { replaced += 1 }
                    progressed = true
                }
                if !progressed { break }
            }
        } catch {
            logger.warning("stored file compaction failed", metadata: ["error_type": "\(type(of: error))"])
        }
        return replaced
    }
}

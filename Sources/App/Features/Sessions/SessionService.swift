import Foundation
import Logging
import NIOCore
import Storage
import TelemetryCore

/// Stored sessions without HTTP: ingest with per-owner dedupe, telemetry from the cache or rebuilt from the stored
/// file, the analysis facade for the current lap tags with cached encoded answers, and deletion. Throws typed
/// errors (`CSVFormatError`, `AnalysisError`, `SessionDataUnavailable`, storage errors); `ErrorMiddleware` maps them.
public struct SessionService: Sendable {
    let store: any SessionStore
    let telemetry: SessionCache
    let analyses: AnalysisCache
    /// The equipment and conditions each analysis's physics uses.
    let setups: SessionSetupSource
    let logger: Logger
    /// Told about every stored file after its row is committed (auto-flagging, corner records).
    let observers: [any SessionStoredObserver]
    /// Told after sessions were deleted.
    let removalObservers: [any SessionRemovedObserver]
    /// Told after a session's analysis inputs changed (tags, equipment, track condition).
    let inputObservers: [any SessionInputsChangedObserver]
    /// Learned start/finish gates, for files logged without lap numbers.
    let lapGates: LapGateBook

    // MARK: Ingest

    /// Stores one upload for `owner`, or finds the owner's identical earlier upload (one digest lookup; the unique
    /// constraint settles a concurrent twin). A CSV problem throws `CSVFormatError` and stores nothing.
    public func ingest(_ bytes: [UInt8], filename: String, owner: String) async throws -> StoredSession {
        let digest = SHA256Hex.of(bytes)
        if let existing = try await store.existing(contentSHA256: digest, OwnerScope(userID: owner)) {
            return await notify(StoredSession(record: existing, duplicate: true))
        }
        let draft = try await draft(bytes, filename: filename, owner: owner, digest: digest, now: Date())
        switch try await store.insert(draft.record, file: draft.file) {
        case .created(let created):
            await telemetry.insert(created.sessionID, draft.analysis.session)
            await analyses.put(draft.analysis, created.sessionID, inputs: AnalysisInputs())
            logger.info("session stored", metadata: [
                "session_id": "\(created.sessionID)", "laps": "\(draft.analysis.session.lapSummaries.count)"])
            return await notify(StoredSession(record: created, duplicate: false, analysis: draft.analysis))
        case .duplicate(let existing):
            return await notify(StoredSession(record: existing, duplicate: true))
        }
    }

    /// Stores a signed-out visitor's upload (client-extras.md §4.2): no owner, gone after `ClaimToken.lifetime` unless
    /// claimed, with the hash of its claim token and the client's address. No observer runs until it is claimed.
    func ingestAnonymous(_ bytes: [UInt8], filename: String, claims: any ClaimStore, tokenHash: String,
                         clientIP: String) async throws -> SessionRecord {
        let now = Date()
        var draft = try await draft(bytes, filename: filename, owner: nil, digest: SHA256Hex.of(bytes), now: now)
        draft.record.expiresAt = now.addingTimeInterval(ClaimToken.lifetime)
        try await claims.insertAnonymous(draft.record, file: draft.file, tokenHash: tokenHash, clientIP: clientIP)
        await telemetry.insert(draft.record.sessionID, draft.analysis.session)
        await analyses.put(draft.analysis, draft.record.sessionID, inputs: AnalysisInputs())
        logger.info("anonymous session stored", metadata: ["session_id": "\(draft.record.sessionID)"])
        return draft.record
    }

    /// A claimed session is its new owner's upload from now on: the upload observers run for it (equipment, coaching,
    /// corner records, weather…).
    func claimed(_ record: SessionRecord) async throws {
        _ = await notify(StoredSession(record: record, duplicate: false, analysis: try await analysis(record)))
    }

    /// The upload parsed once and analysed; a file without lap numbers is timed at a gate learned near it, if any,
    /// before anything is derived from its laps.
    func draft(_ bytes: [UInt8], filename: String, owner: String?, digest: String, now: Date) async throws -> SessionDraft {
        let parsed = try RaceChronoParser.parse(bytes)
        var processed = try SessionIngest.process(parsed, knownGates: [])
        if processed.lapTiming == .autoGate, let centroid = processed.gpsCentroid {
            let gates = try await lapGates.gates(near: centroid)
            if !gates.isEmpty { processed = try SessionIngest.process(parsed, knownGates: gates) }
        }
        return SessionDraft(processed: processed, bytes: bytes, filename: filename, owner: owner, digest: digest, now: now)
    }

    private func notify(_ stored: StoredSession) async -> StoredSession {
        for observer in observers {
            do { try await observer.sessionStored(stored) } catch {
                logger.error("session observer failed", metadata: [
                    "session_id": "\(stored.record.sessionID)", "observer": "\(type(of: observer))", "error": "\(error)"])
            }
        }
        return stored
    }

    // MARK: Reading

    /// The caller's sessions, newest first.
    func list(_ owner: OwnerScope) async throws -> [SessionRecord] { try await store.list(owner) }

    /// Each session's equipment and weather, by session id.
    func setups(of records: [SessionRecord]) async throws -> [String: SessionSetup] {
        try await setups.setups(sessionIDs: records.map(\.sessionID))
    }

    /// Lap number → tags, sorted as stored.
    func tags(of record: SessionRecord) async throws -> [Int: [String]] { try await store.tags(of: record) }

    /// The processed telemetry, rebuilt from the stored file on a cache miss.
    public func processed(_ record: SessionRecord) async throws -> ProcessedSession {
        let store = self.store
        return try await telemetry.session(record.sessionID) {
            let gates = SnapshotDocument.decode(record.snapshotJSON)?.lap_gate.map { [$0] } ?? []
            guard let file = try await store.file(sessionID: record.sessionID),
                  let session = try? SessionIngest.ingest(try StoredFileCodec.decompress(file), knownGates: gates) else {
                throw SessionDataUnavailable(sessionID: record.sessionID)
            }
            return session
        }
    }

    /// One lap's resampled data as JSON (nil: no such lap), encoded once and kept beside the telemetry.
    func encodedLap(_ record: SessionRecord, lap: Int) async throws -> CachedBody? {
        let key = "lap.\(lap)"
        let session = try await processed(record)
        if let cached = await telemetry.response(record.sessionID, key: key) { return cached }
        guard let data = session.laps[lap] else { return nil }
        let body = CachedBody(ByteBuffer(bytes: try JSONCoding.encoder.encode(data)))
        await telemetry.store(body, record.sessionID, key: key)
        return body
    }

    /// The analysis facade for the session's current lap tags, equipment and conditions.
    func analysis(_ record: SessionRecord) async throws -> SessionAnalysis {
        try await analysisWithInputs(record).analysis
    }

    /// The analysis facade with the equipment and weather it was read with (one read of each).
    func analysisAndSetup(_ record: SessionRecord) async throws -> (analysis: SessionAnalysis, setup: SessionSetup) {
        let read = try await analysisWithInputs(record)
        return (read.analysis, read.setup)
    }

    /// One analysis answer as JSON bytes: the cached (shared) buffer when warm, else `compute` encoded once and kept.
    func encoded<T: Encodable>(_ record: SessionRecord, key: String,
                               _ compute: @Sendable (SessionAnalysis) throws(AnalysisError) -> T) async throws -> CachedBody {
        let (analysis, inputs, _) = try await analysisWithInputs(record)
        if let cached = await analyses.response(record.sessionID, inputs: inputs, key: key) { return cached }
        let body = CachedBody(ByteBuffer(bytes: try JSONCoding.encoder.encode(try compute(analysis))))
        await analyses.store(body, record.sessionID, inputs: inputs, key: key)
        return body
    }

    private func analysisWithInputs(_ record: SessionRecord) async throws
        -> (analysis: SessionAnalysis, inputs: AnalysisInputs, setup: SessionSetup) {
        let (setup, tags) = try await setups.inputs(sessionID: record.sessionID)
        let inputs = AnalysisInputs(tags: tags.mapValues(Set.init), setup: setup.vehicleSetup)
        if let cached = await analyses.cached(record.sessionID, inputs: inputs) { return (cached, inputs, setup) }
        let analysis = SessionAnalysis(session: try await processed(record), sessionID: record.sessionID, tags: inputs.tags,
                                       setup: inputs.setup)
        await analyses.put(analysis, record.sessionID, inputs: inputs)
        return (analysis, inputs, setup)
    }

    // MARK: Changing

    /// Replaces one lap's tags.
    func setTags(_ tags: [String], lap: Int, of record: SessionRecord) async throws {
        try await store.setTags(tags, lap: lap, of: record)
        await inputsChanged([record.sessionID])
    }

    /// What the sessions' analyses read changed (lap tags, equipment, track condition): their cached analyses are
    /// dropped and the input observers told (their coaching reports go stale).
    func inputsChanged(_ sessionIDs: [String]) async {
        for id in sessionIDs {
            await analyses.invalidate(id)
            for observer in inputObservers {
                do { try await observer.inputsChanged(sessionID: id) } catch {
                    logger.error("session input observer failed", metadata: [
                        "session_id": "\(id)", "observer": "\(type(of: observer))", "error_type": "\(type(of: error))"])
                }
            }
        }
    }

    /// Deletes one of the owner's sessions; false when it was already gone.
    func delete(_ record: SessionRecord, _ owner: OwnerScope) async throws -> Bool {
        guard try await store.delete(id: record.sessionID, owner) else { return false }
        await removed([record])
        return true
    }

    /// Deletes all of the owner's sessions; returns how many.
    func deleteAll(_ owner: OwnerScope) async throws -> Int {
        let records = try await store.list(owner)
        let count = try await store.deleteAll(owner)
        await removed(records)
        return count
    }

    /// After a committed delete (or the sweeper's purge): drops cached state and tells the removal observers.
    func removed(_ records: [SessionRecord]) async {
        for record in records {
            await telemetry.evict(record.sessionID)
            await analyses.invalidate(record.sessionID)
        }
        guard !records.isEmpty else { return }
        for observer in removalObservers {
            do { try await observer.sessionsRemoved(records) } catch {
                logger.error("session removal observer failed", metadata: [
                    "observer": "\(type(of: observer))", "error_type": "\(type(of: error))"])
            }
        }
    }
}

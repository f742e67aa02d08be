import NIOCore
import Storage
import TelemetryCore

/// Processed telemetry, bounded by bytes, least recently used out first; a miss rebuilds from the stored
/// file, once per session however many requests wait for it. Beside each session, the encoded answers that depend on
/// its telemetry alone (lap data), counted in the same bound and dropped with it.
public actor SessionCache {
    struct Entry {
        var session: ProcessedSession
        var bytes: Int
        var lastUse: UInt64
        var responses: [String: CachedBody] = [:]
    }

    let capacityBytes: Int
    private var entries: [String: Entry] = [:]
    private var inflight: [String: Task<ProcessedSession, any Error>] = [:]
    private var clock: UInt64 = 0
    private(set) var totalBytes = 0

    public init(capacityBytes: Int) { self.capacityBytes = capacityBytes }

    /// The processed session, from memory or rebuilt by `load`.
    public func session(_ id: String, load: @escaping @Sendable () async throws -> ProcessedSession) async throws -> ProcessedSession {
        if var entry = entries[id] {
            clock += 1
            entry.lastUse = clock
            entries[id] = entry
            return entry.session
        }
        if let running = inflight[id] { return try await running.value }
        let task = Task { try await load() }
        inflight[id] = task
        defer { inflight[id] = nil }
        let session = try await task.value
        insert(id, session)
        return session
    }

    /// Puts a freshly processed session in the cache.
    public func insert(_ id: String, _ session: ProcessedSession) {
        clock += 1
        let bytes = session.estimatedMemoryBytes
        if let old = entries[id] { totalBytes -= old.bytes }
        entries[id] = Entry(session: session, bytes: bytes, lastUse: clock)
        totalBytes += bytes
        trim(keeping: id)
    }

    /// Drops least recently used sessions other than `id` until the bound holds.
    private func trim(keeping id: String) {
        while totalBytes > capacityBytes, entries.count > 1,
              let oldest = entries.filter({ $0.key != id }).min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            evict(oldest)
        }
    }

    /// An encoded answer kept beside the session, if any.
    func response(_ id: String, key: String) -> CachedBody? { entries[id]?.responses[key] }

    /// Keeps an encoded answer beside its session (while the session is held and the bound allows), counted with room
    /// for its gzip form.
    func store(_ body: CachedBody, _ id: String, key: String) {
        guard var entry = entries[id], entry.responses[key] == nil, body.budgetBytes <= capacityBytes / 4 else { return }
        entry.responses[key] = body
        entry.bytes += body.budgetBytes
        totalBytes += body.budgetBytes
        entries[id] = entry
        trim(keeping: id)
    }

    public func evict(_ id: String) {
        if let old = entries.removeValue(forKey: id) { totalBytes -= old.bytes }
    }

    public func contains(_ id: String) -> Bool { entries[id] != nil }
}

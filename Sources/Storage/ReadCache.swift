import Foundation
import Synchronization

/// Answers of repeated reads, valid while this process has written nothing since they were read and for at most
/// `maxAge` (a bound on what another process, such as the `cataclysm users` command, may have changed meanwhile).
///
/// Every write of the owning database calls ``written()`` when it finishes; a read records the generation it began in,
/// so a read that raced a write is never served. Bounded by `maxBytes` of values (emptied when full).
final class ReadCache: Sendable {
    private struct Key: Hashable {
        var sql: String
        var binds: [SQLValue]
    }

    private struct Entry {
        var rows: [SQLRow]
        var generation: UInt64
        var readAt: ContinuousClock.Instant
        var bytes: Int
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var bytes = 0
    }

    private let state = Mutex(State())
    private let generation = Atomic<UInt64>(0)
    let maxAge: Duration
    let maxBytes: Int

    init(maxAge: Duration = .seconds(1), maxBytes: Int = 16 << 20) {
        self.maxAge = maxAge
        self.maxBytes = maxBytes
    }

    /// The cached answer, else `read()`'s (kept when nothing was written while it ran).
    func rows(_ sql: String, _ binds: [SQLValue], read: () async throws -> [SQLRow]) async throws -> [SQLRow] {
        let key = Key(sql: sql, binds: binds)
        let began = generation.load(ordering: .acquiring)
        let now = ContinuousClock.now
        if let hit = state.withLock({ $0.entries[key] }), hit.generation == began, now - hit.readAt < maxAge {
            return hit.rows
        }
        let rows = try await read()
        let bytes = Self.size(rows) + sql.utf8.count
        guard bytes <= maxBytes / 64 else { return rows }
        state.withLock { state in
            guard generation.load(ordering: .acquiring) == began else { return }
            if state.bytes + bytes > maxBytes { state = State() }
            if let old = state.entries.updateValue(Entry(rows: rows, generation: began, readAt: now, bytes: bytes), forKey: key) {
                state.bytes -= old.bytes
            }
            state.bytes += bytes
        }
        return rows
    }

    /// A write finished: every answer read before it is stale.
    func written() {
        generation.add(1, ordering: .releasing)
        state.withLock { $0 = State() }
    }

    private static func size(_ rows: [SQLRow]) -> Int {
        rows.reduce(0) { total, row in
            row.values.reduce(total + 16 * row.values.count) { sum, value in
                switch value {
                case .text(let text): sum + text.utf8.count
                case .blob(let bytes): sum + bytes.count
                default: sum
                }
            }
        }
    }
}

import Foundation
import TelemetryCore

/// Analyses of a session for its current lap tags, with their encoded responses. Tags change which laps are
/// clean, so a tag change (or a delete) drops everything derived for that session.
public actor AnalysisCache {
    struct Entry {
        var tags: [Int: Set<String>]
        var analysis: SessionAnalysis
        var responses: [String: Data] = [:]
        var lastUse: UInt64
    }

    private var entries: [String: Entry] = [:]
    private var clock: UInt64 = 0
    let capacity: Int

    public init(capacity: Int = 256) { self.capacity = capacity }

    /// The analysis computed for exactly these tags, if still held.
    func cached(_ id: String, tags: [Int: Set<String>]) -> SessionAnalysis? {
        guard var entry = entries[id], entry.tags == tags else { return nil }
        clock += 1
        entry.lastUse = clock
        entries[id] = entry
        return entry.analysis
    }

    /// Holds a freshly built analysis (replacing one for other tags).
    func put(_ analysis: SessionAnalysis, _ id: String, tags: [Int: Set<String>]) {
        clock += 1
        entries[id] = Entry(tags: tags, analysis: analysis, lastUse: clock)
        trim()
    }

    /// A stored encoded response, if the session's tags are still the ones it was computed for.
    func response(_ id: String, tags: [Int: Set<String>], key: String) -> Data? {
        guard let entry = entries[id], entry.tags == tags else { return nil }
        return entry.responses[key]
    }

    func store(_ data: Data, _ id: String, tags: [Int: Set<String>], key: String) {
        guard var entry = entries[id], entry.tags == tags else { return }
        entry.responses[key] = data
        entries[id] = entry
    }

    /// Forgets everything derived for the session.
    public func invalidate(_ id: String) { entries[id] = nil }

    private func trim() {
        while entries.count > capacity, let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            entries[oldest] = nil
        }
    }
}

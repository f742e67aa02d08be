import Foundation
import NIOCore
import TelemetryCore

/// Analyses of a session for its current inputs (lap tags, equipment and conditions), with their encoded responses.
/// An entry serves only the inputs it was computed for, and a change of inputs (or a delete) drops everything derived
/// for that session.
///
/// Bounded in bytes: an entry costs its encoded responses (with room for their gzip forms) plus an estimate of its derived results (half the
/// session's numeric payload); the least recently used sessions are dropped beyond `capacityBytes`, and a
/// response larger than the whole budget is served without being kept. Query keys reach here validated
/// (existing, distinct laps), so no client can make the key set grow without bound.
public actor AnalysisCache {
    struct Entry {
        var inputs: AnalysisInputs
        var analysis: SessionAnalysis
        var responses: [String: CachedBody] = [:]
        var lastUse: UInt64
        var bytes: Int
    }

    private var entries: [String: Entry] = [:]
    private var clock: UInt64 = 0
    private(set) var totalBytes = 0
    let capacityBytes: Int

    public init(capacityBytes: Int = 256 * 1024 * 1024) { self.capacityBytes = capacityBytes }

    /// Estimated bytes of what an analysis derives from its session.
    static func derivedBytes(_ analysis: SessionAnalysis) -> Int { analysis.session.numericPayloadBytes / 2 }

    /// The analysis computed for exactly these inputs, if still held.
    func cached(_ id: String, inputs: AnalysisInputs) -> SessionAnalysis? {
        guard var entry = entries[id], entry.inputs == inputs else { return nil }
        clock += 1
        entry.lastUse = clock
        entries[id] = entry
        return entry.analysis
    }

    /// Holds a freshly built analysis (replacing one for other inputs).
    func put(_ analysis: SessionAnalysis, _ id: String, inputs: AnalysisInputs) {
        clock += 1
        invalidate(id)
        let entry = Entry(inputs: inputs, analysis: analysis, lastUse: clock, bytes: Self.derivedBytes(analysis))
        entries[id] = entry
        totalBytes += entry.bytes
        trim(keeping: id)
    }

    /// A stored encoded response, if the session's inputs are still the ones it was computed for.
    func response(_ id: String, inputs: AnalysisInputs, key: String) -> CachedBody? {
        guard let entry = entries[id], entry.inputs == inputs else { return nil }
        return entry.responses[key]
    }

    /// Keeps an encoded answer (counted with room for its gzip form) while the budget allows.
    func store(_ body: CachedBody, _ id: String, inputs: AnalysisInputs, key: String) {
        guard var entry = entries[id], entry.inputs == inputs, entry.responses[key] == nil,
              entry.bytes + body.budgetBytes <= capacityBytes else { return }
        entry.responses[key] = body
        entry.bytes += body.budgetBytes
        totalBytes += body.budgetBytes
        entries[id] = entry
        trim(keeping: id)
    }

    /// Forgets everything derived for the session.
    public func invalidate(_ id: String) {
        guard let entry = entries.removeValue(forKey: id) else { return }
        totalBytes -= entry.bytes
    }

    /// Drops least recently used sessions other than `id` until the budget holds.
    private func trim(keeping id: String) {
        while totalBytes > capacityBytes,
              let oldest = entries.filter({ $0.key != id }).min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            invalidate(oldest)
        }
    }
}

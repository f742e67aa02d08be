import Storage
import TelemetryCore

/// What an upload stored: the session row, whether it was the owner's identical earlier upload, and (for a new
/// session) the analysis the upload already built.
public struct StoredSession: Sendable {
    public var record: SessionRecord
    public var duplicate: Bool
    /// The analysis of a newly stored session with no lap tags yet; nil for a duplicate.
    public var analysis: SessionAnalysis?
}

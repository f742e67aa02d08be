import Foundation

/// One row of `coaching_reports`: the report of a session at one skill level, or the job writing it.
public struct StoredCoachingReport: Sendable, Equatable {
    public var sessionID: String
    public var skillLevel: String
    public var status: CoachingReportStatus
    /// When the current generation started (nil once written by a path that never queued it).
    public var startedAt: Date?
    /// `builtin` or `provider:model`, once written.
    public var generatedBy: String?
    /// The report JSON (`CoachingReport`), once written.
    public var reportJSON: String?
    /// Set when lap tags or equipment changed after it was written: it is rewritten on the next request.
    public var stale: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(sessionID: String, skillLevel: String, status: CoachingReportStatus, startedAt: Date?, generatedBy: String?,
                reportJSON: String?, stale: Bool, createdAt: Date, updatedAt: Date) {
        self.sessionID = sessionID
        self.skillLevel = skillLevel
        self.status = status
        self.startedAt = startedAt
        self.generatedBy = generatedBy
        self.reportJSON = reportJSON
        self.stale = stale
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

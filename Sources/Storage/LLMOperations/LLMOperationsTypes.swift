import Foundation

/// One provider call as stored (`llm_usage_events`).
public struct LLMUsageRow: Sendable, Equatable {
    public var id: String
    public var createdAt: Date
    public var task: String
    public var provider: String
    public var model: String
    /// `ok` or `error`.
    public var outcome: String
    public var errorKind: String?
    public var latencyMS: Int
    public var inputTokens: Int?
    public var outputTokens: Int?
    public var costUSD: Double?

    public init(id: String, createdAt: Date, task: String, provider: String, model: String, outcome: String, errorKind: String?,
                latencyMS: Int, inputTokens: Int?, outputTokens: Int?, costUSD: Double?) {
        self.id = id
        self.createdAt = createdAt
        self.task = task
        self.provider = provider
        self.model = model
        self.outcome = outcome
        self.errorKind = errorKind
        self.latencyMS = latencyMS
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
    }
}

/// A stored run-time value (`runtime_settings`, `llm_task_routes`): its JSON and who changed it when.
public struct StoredSetting: Sendable, Equatable {
    public var key: String
    public var valueJSON: String
    public var updatedAt: Date
    public var updatedBy: String?

    public init(key: String, valueJSON: String, updatedAt: Date, updatedBy: String?) {
        self.key = key
        self.valueJSON = valueJSON
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}

/// One operator write, kept in `admin_audit_log` in the same transaction as the write.
public struct AdminAuditEntry: Sendable, Equatable {
    public var actorID: String
    public var actorEmail: String
    /// What was done, e.g. `llm_routing.set_status`.
    public var action: String
    /// What it was done to, e.g. a task name.
    public var target: String
    /// The new value, as JSON.
    public var detailJSON: String
    public var at: Date

    public init(actorID: String, actorEmail: String, action: String, target: String, detailJSON: String, at: Date) {
        self.actorID = actorID
        self.actorEmail = actorEmail
        self.action = action
        self.target = target
        self.detailJSON = detailJSON
        self.at = at
    }
}

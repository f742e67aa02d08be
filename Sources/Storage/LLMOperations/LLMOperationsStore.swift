import Foundation

/// The operator console's LLM routing and usage. Every write is audited in its own transaction.
public protocol LLMOperationsStore: Sendable {
    /// A run-time setting by key (`llm_routing_enabled`).
    func setting(_ key: String) async throws -> StoredSetting?
    /// Sets a run-time setting and audits the write.
    func setSetting(_ setting: StoredSetting, audit: AdminAuditEntry) async throws
    /// Every task's operator chain, by task name.
    func taskRoutes() async throws -> [StoredSetting]
    /// Sets one task's chain and audits the write.
    func setTaskRoute(_ route: StoredSetting, audit: AdminAuditEntry) async throws
    /// Removes one task's chain and audits the write; false (nothing audited) when it had none.
    func deleteTaskRoute(_ task: String, audit: AdminAuditEntry) async throws -> Bool
    /// Records one provider call.
    func record(_ event: LLMUsageRow) async throws
    /// The newest calls, newest first.
    func usageEvents(limit: Int) async throws -> [LLMUsageRow]
    /// Every call since `since`, oldest first (for the dashboard's aggregates).
    func usageEvents(since: Date) async throws -> [LLMUsageRow]
    /// The newest audit entries, newest first.
    func auditLog(limit: Int) async throws -> [AdminAuditEntry]
}

import Foundation

/// `LLMOperationsStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLLLMOperationsStore: LLMOperationsStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    static let eventColumns = "id, created_at, task, provider, model, outcome, error_kind, latency_ms, input_tokens, output_tokens, cost_usd"

    public func setting(_ key: String) async throws -> StoredSetting? {
        try await database.first("SELECT key, value_json, updated_at, updated_by FROM runtime_settings WHERE key = $1", [.text(key)])
            .map { try Self.setting($0, key: "key") }
    }

    public func setSetting(_ setting: StoredSetting, audit: AdminAuditEntry) async throws {
        try await upsert(setting, table: "runtime_settings", keyColumn: "key", valueColumn: "value_json", audit: audit)
    }

    public func taskRoutes() async throws -> [StoredSetting] {
        try await database.query("SELECT task, chain_json AS value_json, updated_at, updated_by FROM llm_task_routes ORDER BY task")
            .map { try Self.setting($0, key: "task") }
    }

    public func setTaskRoute(_ route: StoredSetting, audit: AdminAuditEntry) async throws {
        try await upsert(route, table: "llm_task_routes", keyColumn: "task", valueColumn: "chain_json", audit: audit)
    }

    public func deleteTaskRoute(_ task: String, audit: AdminAuditEntry) async throws -> Bool {
        try await database.transaction { db in
            guard !(try await db.query("DELETE FROM llm_task_routes WHERE task = $1 RETURNING task", [.text(task)]).isEmpty) else {
                return false
            }
            try await Self.insert(audit, db)
            return true
        }
    }

    public func record(_ event: LLMUsageRow) async throws {
        try await database.execute(
            "INSERT INTO llm_usage_events (\(Self.eventColumns)) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            [.text(event.id), .date(event.createdAt), .text(event.task), .text(event.provider), .text(event.model),
             .text(event.outcome), SQLValue(event.errorKind), .int(Int64(event.latencyMS)), SQLValue(event.inputTokens),
             SQLValue(event.outputTokens), SQLValue(event.costUSD)])
    }

    public func usageEvents(limit: Int) async throws -> [LLMUsageRow] {
        try await database.query("SELECT \(Self.eventColumns) FROM llm_usage_events ORDER BY created_at DESC, id DESC LIMIT $1",
                                 [.int(Int64(limit))]).map(Self.event)
    }

    public func usageEvents(since: Date) async throws -> [LLMUsageRow] {
        try await database.query("SELECT \(Self.eventColumns) FROM llm_usage_events WHERE created_at >= $1 ORDER BY created_at, id",
                                 [.date(since)]).map(Self.event)
    }

    public func auditLog(limit: Int) async throws -> [AdminAuditEntry] {
        try await database.query(
            "SELECT actor_id, actor_email, action, target, detail_json, created_at FROM admin_audit_log ORDER BY created_at DESC, id DESC LIMIT $1",
            [.int(Int64(limit))]).map { row in
            AdminAuditEntry(actorID: try row.string("actor_id"), actorEmail: try row.string("actor_email"), action: try row.string("action"),
                            target: try row.string("target"), detailJSON: try row.string("detail_json"), at: try row.date("created_at"))
        }
    }

    /// Writes one stored setting (`runtime_settings` or `llm_task_routes`, which differ only in their column names) and
    /// its audit entry in one transaction.
    private func upsert(_ setting: StoredSetting, table: String, keyColumn: String, valueColumn: String,
                        audit: AdminAuditEntry) async throws {
        try await database.transaction { db in
            try await db.execute(
                """
                INSERT INTO \(table) (\(keyColumn), \(valueColumn), updated_at, updated_by) VALUES ($1, $2, $3, $4)
                ON CONFLICT (\(keyColumn)) DO UPDATE SET \(valueColumn) = excluded.\(valueColumn), updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by
                """, [.text(setting.key), .text(setting.valueJSON), .date(setting.updatedAt), SQLValue(setting.updatedBy)])
            try await Self.insert(audit, db)
        }
    }

    static func insert(_ audit: AdminAuditEntry, _ db: any SQLExecutor) async throws {
        try await db.execute(
            """
            INSERT INTO admin_audit_log (id, created_at, actor_id, actor_email, action, target, detail_json)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, [.text(UUID().uuidString.lowercased()), .date(audit.at), .text(audit.actorID), .text(audit.actorEmail),
                  .text(audit.action), .text(audit.target), .text(audit.detailJSON)])
    }

    static func setting(_ row: SQLRow, key: String) throws -> StoredSetting {
        StoredSetting(key: try row.string(key), valueJSON: try row.string("value_json"), updatedAt: try row.date("updated_at"),
                      updatedBy: try row.optionalString("updated_by"))
    }

    static func event(_ row: SQLRow) throws -> LLMUsageRow {
        LLMUsageRow(id: try row.string("id"), createdAt: try row.date("created_at"), task: try row.string("task"),
                    provider: try row.string("provider"), model: try row.string("model"), outcome: try row.string("outcome"),
                    errorKind: try row.optionalString("error_kind"), latencyMS: Int(try row.int("latency_ms")),
                    inputTokens: try row.optionalInt("input_tokens").map { Int($0) }, outputTokens: try row.optionalInt("output_tokens").map { Int($0) },
                    costUSD: try row.optionalDouble("cost_usd"))
    }
}

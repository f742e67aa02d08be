import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: LLM operations store")
struct LLMOperationsStoreContractTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)

    func audit(_ action: String, at offset: TimeInterval = 0) -> AdminAuditEntry {
        AdminAuditEntry(actorID: "op", actorEmail: "op@example.com", action: action, target: "t", detailJSON: "{}", at: now + offset)
    }

    func event(_ id: String, at offset: TimeInterval, outcome: String = "ok") -> LLMUsageRow {
        LLMUsageRow(id: id, createdAt: now + offset, task: "coaching_report", provider: "anthropic", model: "claude-sonnet-4-5",
                    outcome: outcome, errorKind: outcome == "ok" ? nil : "timeout", latencyMS: 1200, inputTokens: outcome == "ok" ? 1000 : nil,
                    outputTokens: outcome == "ok" ? 500 : nil, costUSD: outcome == "ok" ? 0.0105 : nil)
    }

    @Test("settings and task routes are upserted, deletes report what they removed, every write is audited",
          arguments: TestDatabase.backends)
    func writesAreAudited(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLLLMOperationsStore(database: db)
            #expect(try await store.setting("llm_routing_enabled") == nil)
            try await store.setSetting(StoredSetting(key: "llm_routing_enabled", valueJSON: "true", updatedAt: now, updatedBy: "op@example.com"),
                                       audit: audit("set_status"))
            try await store.setSetting(StoredSetting(key: "llm_routing_enabled", valueJSON: "false", updatedAt: now + 1, updatedBy: nil),
                                       audit: audit("set_status", at: 1))
            #expect(try await store.setting("llm_routing_enabled") == StoredSetting(key: "llm_routing_enabled", valueJSON: "false",
                                                                                     updatedAt: now + 1, updatedBy: nil))
            try await store.setTaskRoute(StoredSetting(key: "coaching_chat", valueJSON: "[]", updatedAt: now, updatedBy: "op"), audit: audit("set_task", at: 2))
            try await store.setTaskRoute(StoredSetting(key: "coaching_report", valueJSON: "[1]", updatedAt: now, updatedBy: "op"), audit: audit("set_task", at: 3))
            #expect(try await store.taskRoutes().map(\.key) == ["coaching_chat", "coaching_report"])
            #expect(try await store.deleteTaskRoute("coaching_chat", audit: audit("delete_task", at: 4)))
            #expect(try await !store.deleteTaskRoute("coaching_chat", audit: audit("delete_task", at: 5)))
            #expect(try await store.taskRoutes().map(\.key) == ["coaching_report"])
            let log = try await store.auditLog(limit: 10)
            #expect(log.map(\.action) == ["delete_task", "set_task", "set_task", "set_status", "set_status"])
        }
    }

    @Test("usage events: newest first up to a limit, and everything since a moment", arguments: TestDatabase.backends)
    func usageEvents(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLLLMOperationsStore(database: db)
            for (index, offset) in [0.0, 60, 120].enumerated() {
                try await store.record(event("e\(index)", at: offset, outcome: index == 1 ? "error" : "ok"))
            }
            #expect(try await store.usageEvents(limit: 2).map(\.id) == ["e2", "e1"])
            #expect(try await store.usageEvents(since: now + 30).map(\.id) == ["e1", "e2"])
            let failed = try #require(try await store.usageEvents(limit: 3).first { $0.id == "e1" })
            #expect(failed == event("e1", at: 60, outcome: "error"))
            // the table refuses an outcome that is neither ok nor error
            var odd = event("e9", at: 0)
            odd.outcome = "maybe"
            await #expect(throws: (any Error).self) { try await store.record(odd) }
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import CoachingProviders
import Storage
import TestSupport
@testable import App

/// The operator's LLM console (client-extras.md §10, issue #17 item 6) against a stub provider server: every
/// provider call is recorded with its tokens, latency, cost and outcome; the stored routing really changes which
/// model is asked; every write is audited; only operators get in.
@Suite struct LLMOperatorAPITests {
    static func withConsole(route: String, keys: Set<ProviderKind> = [.anthropic, .openai],
                            _ body: @Sendable @escaping (TestAPI, StubLLMServer) async throws -> Void) async throws {
        try await StubLLMServer.run { stub in
            let llm = try ProviderConfiguration(environment: stub.environment(keys: keys, ["LLM_ROUTE_COACHING_REPORT": route]))
            try await withTestApp(configure: { config in
                config.llm = llm
                config.adminEmails = [TestWorld.Persona.operator.email]
            }) { client, world in try await body(TestAPI(client: client, world: world), stub) }
        }
    }

    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(response.json as? [String: Any], "\(response.status): \(response.text.prefix(200))")
    }

    @Test func everyProviderCallIsRecordedWithTokensLatencyCostAndOutcome() async throws {
        try await Self.withConsole(route: "anthropic:claude-sonnet-4-5,openai:gpt-4.1-mini") { api, stub in
            // the first choice refuses the request (not retried), the second answers
            await stub.enqueue(.anthropic, .status(400))
            await stub.enqueue(.openai, .text(.openai, CoachingProviderAPITests.answer, usage: TokenUsage(inputTokens: 12_000, outputTokens: 800)))
            let id = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            await api.world.app.coachingRunner.drain()
            #expect((try Self.object(try await api.coachingReport(id, as: .driverA)))["generated_by"] as? String == "openai:gpt-4.1-mini")

            let events = try #require(try Self.object(try await api.send(.get, "/api/admin/llm-usage/events?limit=10", as: .operator))["events"]
                as? [[String: Any]])
            let reportCalls = events.filter { $0["task"] as? String == "coaching_report" }
            #expect(reportCalls.count == 2, "\(events)")
            let failed = try #require(reportCalls.first { $0["outcome"] as? String == "error" })
            #expect(failed["provider"] as? String == "anthropic" && failed["error_kind"] as? String == "http_400")
            #expect(failed["input_tokens"] is NSNull && failed["cost_usd"] is NSNull)
            let answered = try #require(reportCalls.first { $0["outcome"] as? String == "ok" })
            #expect(answered["model"] as? String == "gpt-4.1-mini" && answered["input_tokens"] as? Int == 12_000)
            #expect(answered["output_tokens"] as? Int == 800 && (answered["latency_ms"] as? Int ?? -1) >= 0)
            // gpt-4.1-mini: $0.40 per million input tokens, $1.60 per million output tokens
            let expectedCost = (12_000 * 0.4 + 800 * 1.6) / 1_000_000
            #expect(abs((answered["cost_usd"] as? Double ?? -1) - expectedCost) < 1e-12)

            let dashboard = try Self.object(try await api.send(.get, "/api/admin/llm-usage/dashboard?days=7", as: .operator))
            let kpis = try #require(dashboard["kpis"] as? [String: Any])
            #expect(kpis["calls"] as? Int == events.count && kpis["errors"] as? Int == 1)
            #expect(abs((kpis["cost_usd"] as? Double ?? -1) - expectedCost) < 1e-9)
            #expect((dashboard["daily"] as? [[String: Any]])?.count == 7)
            let providers = (dashboard["by_provider"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
            #expect(Set(providers) == ["anthropic", "openai"])
        }
    }

    @Test func theStoredRoutingDecidesWhichModelIsAskedAndEveryWriteIsAudited() async throws {
        try await Self.withConsole(route: "anthropic:claude-test") { api, stub in
            let status = try Self.object(try await api.send(.get, "/api/admin/llm-routing/status", as: .operator))
            #expect(status["enabled"] as? Bool == false && status["source"] as? String == "default")
            let set = try await api.send(.put, "/api/admin/llm-routing/tasks/coaching_report", as: .operator,
                                         json: ["chain": [["provider": "openai", "model": "gpt-4.1"]]])
            let setAnswer = try Self.object(set)
            #expect(set.status == .ok && setAnswer["task"] as? String == "coaching_report")
            let on = try Self.object(try await api.send(.put, "/api/admin/llm-routing/status", as: .operator, json: ["enabled": true]))
            #expect(on["enabled"] as? Bool == true && on["source"] as? String == "database" && on["updated_by"] as? String == "operator@example.com")

            await stub.enqueue(.openai, .text(.openai, CoachingProviderAPITests.answer))
            let id = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            await api.world.app.coachingRunner.drain()
            #expect((try Self.object(try await api.coachingReport(id, as: .driverA)))["generated_by"] as? String == "openai:gpt-4.1")
            #expect(await stub.requests(to: .anthropic).isEmpty)
            #expect(try #require(await stub.requests(to: .openai).first?.body).contains(#""model":"gpt-4.1""#))

            let routes = try Self.object(try await api.send(.get, "/api/admin/llm-routing/tasks", as: .operator))
            #expect((routes["task_routes"] as? [String: Any])?.keys.sorted() == ["coaching_report"])
            let deleted = try Self.object(try await api.send(.delete, "/api/admin/llm-routing/tasks/coaching_report", as: .operator))
            #expect(deleted["status"] as? String == "deleted")
            #expect(try await api.send(.delete, "/api/admin/llm-routing/tasks/coaching_report", as: .operator).status == .notFound)
            let log = try await SQLLLMOperationsStore(database: api.world.app.database).auditLog(limit: 10)
            #expect(log.map(\.action) == ["llm_routing.delete_task", "llm_routing.set_status", "llm_routing.set_task"])
            #expect(log.allSatisfy { $0.actorEmail == "operator@example.com" })
        }
    }

    @Test func badRequestsAndStrangersAreRefused() async throws {
        try await Self.withConsole(route: "anthropic:claude-test") { api, _ in
            #expect(try await api.send(.put, "/api/admin/llm-routing/tasks/poetry", as: .operator,
                                       json: ["chain": [["provider": "openai", "model": "gpt-4.1"]]]).status == .badRequest)
            for chain in [[], [["provider": "acme", "model": "x"]], [["provider": "openai", "model": ""]]] as [[[String: String]]] {
                #expect(try await api.send(.put, "/api/admin/llm-routing/tasks/coaching_chat", as: .operator, json: ["chain": chain]).status
                        == .unprocessableContent)
            }
            #expect(try await api.send(.put, "/api/admin/llm-routing/status", as: .operator, json: ["enabled": "yes"]).status == .unprocessableContent)
            #expect(try await api.send(.get, "/api/admin/llm-usage/dashboard?days=0", as: .operator).status == .unprocessableContent)
            #expect(try await api.send(.get, "/api/admin/llm-usage/events?limit=100000", as: .operator).status == .ok)
            for path in ["llm-routing/status", "llm-routing/models", "llm-usage/events"] {
                let refused = try await api.send(.get, "/api/admin/\(path)", as: .driverA)
                #expect(refused.status == .forbidden && refused.detail == "Admin access required")
            }
            let models = try Self.object(try await api.send(.get, "/api/admin/llm-routing/models", as: .operator))
            #expect((models["available_providers"] as? [String])?.sorted() == ["anthropic", "openai"])
            #expect((models["models"] as? [[String: Any]])?.count == ModelCatalogue.models.count)
            #expect(try await SQLLLMOperationsStore(database: api.world.app.database).auditLog(limit: 10).isEmpty)
        }
    }
}

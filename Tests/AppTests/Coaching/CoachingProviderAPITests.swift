import Foundation
import HummingbirdTesting
import Testing
import CoachingProviders
import TestSupport
@testable import App

/// With a provider configured, the upload queues the report for the runner and the provider writes it; when the
/// provider fails, the built-in coach does (the product rule: a report is always written).
@Suite struct CoachingProviderAPITests {
    static func withProvider(_ body: @Sendable @escaping (TestAPI, StubLLMServer) async throws -> Void) async throws {
        try await StubLLMServer.run { stub in
            let llm = try ProviderConfiguration(environment: stub.environment(keys: [.anthropic]))
            try await withTestApp(configure: { $0.llm = llm }) { client, world in
                try await body(TestAPI(client: client, world: world), stub)
            }
        }
    }

    static let answer = """
        {"summary": "Consistent braking; T2 is where the time is.", "primary_focus": "T2: carry more speed to the apex",
         "priority_corners": [{"corner": 2, "time_cost_s": 0.3, "issue": "Slow apex", "tip": "Release the brake earlier because the car rotates"}],
         "corner_grades": [{"corner": 1, "braking": "B", "trail_braking": "C", "min_speed": "A", "throttle": "B",
                            "notes": "Good", "braking_reason": "Brake point 2 m from your best", "trail_braking_reason": "0.2 g into turn-in",
                            "min_speed_reason": "1 km/h under the optimal", "throttle_reason": "5 m after the apex"}],
         "patterns": ["**Entry**: consistent braking points"], "drills": ["**Brake release**: count to two while easing off"]}
        """

    @Test func theUploadQueuesTheReportAndTheProviderWritesIt() async throws {
        try await Self.withProvider { api, stub in
            await stub.enqueue(.anthropic, .text(.anthropic, Self.answer))
            let id = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            let queued = try await api.coachingReport(id, as: .driverA).decode(CoachingReportResponse.self)
            await api.world.app.coachingRunner.drain()
            let written = try await api.coachingReport(id, as: .driverA).decode(CoachingReportResponse.self)
            #expect(queued.status == "generating" || queued.status == "ready")
            #expect(written.status == "ready" && written.generated_by == "anthropic:claude-test")
            #expect(written.summary == "Consistent braking; T2 is where the time is.")
            let prompt = try #require(await stub.requests(to: .anthropic).first?.body)
            #expect(prompt.contains("cornerCount") || prompt.contains("corner_count"), "the prompt carries the computed facts")
        }
    }

    @Test func aFailingProviderLeavesTheBuiltinCoachToWriteIt() async throws {
        try await Self.withProvider { api, stub in
            await stub.enqueue(.anthropic, .status(500))
            let id = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            await api.world.app.coachingRunner.drain()
            let written = try await api.coachingReport(id, as: .driverA).decode(CoachingReportResponse.self)
            #expect(written.status == "ready" && written.generated_by == "builtin" && !written.corner_grades.isEmpty)
        }
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Coaching
import CoachingProviders
import Storage
import TelemetryCore
import TestSupport
@testable import App

/// `POST /api/sharing/{token}/ai-comparison` (platform.md §6.2): a narrative of the latest comparison, cached on it,
/// by the built-in writer or the `share_comparison` chain; 5 requests a minute per client.
@Suite struct ShareAIComparisonAPITests {
    static func narrate(_ api: TestAPI, _ token: String) async throws -> TestResponse {
        try await api.client.execute(uri: "/api/sharing/\(token)/ai-comparison", method: .post, headers: [:])
    }

    static func cached(_ api: TestAPI) async throws -> [String?] {
        try await api.world.app.database.query("SELECT ai_comparison_text FROM share_comparisons").map { try $0.optionalString("ai_comparison_text") }
    }


    @Test func theBuiltinWriterComparesBothDriversCornerByCornerAndTheTextIsCached() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let token = try await api.shareLink(session, as: .driverA)
            #expect(try await Self.narrate(api, token).detail == "No comparison available yet")
            let comparison = try await api.challenge(token, stem: TestPaths.advanced).decode(SessionComparisonResponse.self)
            // when
            let first = try await Self.narrate(api, token)
            let second = try await Self.narrate(api, token)
            // then
            #expect(first.status == .ok, "\(first.text.prefix(300))")
            let text = try first.decode(AIComparisonBody.self).ai_comparison_text
            let paragraphs = text.components(separatedBy: "\n\n")
            #expect((3...4).contains(paragraphs.count), "\(text)")
            #expect(text.contains(LapTimeText.format(comparison.sessionABestLap)) && text.contains(LapTimeText.format(comparison.sessionBBestLap)))
            let corners = comparison.cornerDeltas.map { "T\($0.cornerNumber)" }
            #expect(corners.contains { text.contains($0) }, "\(text)")
            #expect(!text.lowercased().contains("nan") && !text.contains("inf "))
            #expect(try second.decode(AIComparisonBody.self).ai_comparison_text == text)
            #expect(try await Self.cached(api) == [text])
        }
    }

    @Test func anExpiredLinkIs410AndTheLimitIsFiveAMinute() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
            let expired = try await api.backdatedShareLink(session, as: .driverA)
            #expect(try await Self.narrate(api, expired).status == .gone)
            let token = try await api.shareLink(session, as: .driverA)
            _ = try await api.challenge(token, stem: TestPaths.advanced)
            var statuses: [Int] = []
            for _ in 0..<5 { statuses.append(Int(try await Self.narrate(api, token).status.code)) }
            let sixth = try await Self.narrate(api, token)
            #expect(statuses == [200, 200, 200, 200, 200], "\(statuses)")
            #expect(sixth.status == .tooManyRequests && sixth.headers[.retryAfter] != nil)
        }
    }

    static func withProvider(_ body: @Sendable @escaping (TestAPI, String, StubLLMServer) async throws -> Void) async throws {
        try await StubLLMServer.run { stub in
            let llm = try ProviderConfiguration(environment: stub.environment(keys: [.openai], [
                "LLM_ROUTE_COACHING_REPORT": "google:gemini-test", "LLM_ROUTE_SHARE_COMPARISON": "openai:gpt-compare",
            ]))
            try await withTestApp(configure: { $0.llm = llm }) { client, world in
                let api = TestAPI(client: client, world: world)
                let session = try await world.seed(TestPaths.novice, as: .driverA, client: client)
                let token = try await api.shareLink(session, as: .driverA)
                _ = try await api.challenge(token, stem: TestPaths.advanced)
                try await body(api, token, stub)
            }
        }
    }

    @Test func theProviderWritesItFromTheComparisonNumbers() async throws {
        try await Self.withProvider { api, token, stub in
            await stub.enqueue(.openai, .text(.openai, "You brake too early into T5.\n\nAnd so on."))
            let text = try await Self.narrate(api, token).decode(AIComparisonBody.self).ai_comparison_text
            #expect(text == "You brake too early into T5.\n\nAnd so on.")
            let prompt = try #require(await stub.requests(to: .openai).first?.body)
            #expect(prompt.contains("gpt-compare") && prompt.contains("bestLapAS"), "\(prompt.prefix(400))")
            #expect(try await Self.cached(api) == [text])
        }
    }

    @Test func aProviderFailureAnswersWithTheBuiltinTextWithoutCachingIt() async throws {
        try await Self.withProvider { api, token, stub in
            await stub.enqueue(.openai, .status(500))  // a server error is not retried (§3.2)
            let fallback = try await Self.narrate(api, token).decode(AIComparisonBody.self).ai_comparison_text
            #expect(fallback.components(separatedBy: "\n\n").count >= 3)
            #expect(try await Self.cached(api) == [nil])
            await stub.enqueue(.openai, .text(.openai, "Later, from the provider."))
            #expect(try await Self.narrate(api, token).decode(AIComparisonBody.self).ai_comparison_text == "Later, from the provider.")
        }
    }
}

import TestSupport
import Coaching
@testable import CoachingProviders
import Testing

/// Each vendor gets its own wire format (path, credentials header, body shape) and its answer is read back.
@Suite struct ProviderWireTests {
    @Test(arguments: ProviderKind.allCases)
    func validAnswerFromEachProvider(_ kind: ProviderKind) async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(kind, .text(kind, Fixtures.reportJSON()))
            let model = "\(kind.rawValue)-model"
            let writer = try stub.writer(keys: [kind], ["LLM_ROUTE_COACHING_REPORT": "\(kind.rawValue):\(model)",
                                                        "LLM_REPORT_MAX_TOKENS": "4000"])
            let report = try await writer.write(Fixtures.facts)
            #expect(report.generated_by == "\(kind.rawValue):\(model)")
            #expect(report.summary.hasPrefix("A tidy session"))
            #expect(report.priority_corners == [PriorityCorner(corner: 3, time_cost_s: 0.42, issue: "Early release",
                                                                tip: "Ease off over 10 m because the car settles")])
            let requests = await stub.script.requests
            try #require(requests.count == 1)
            let request = requests[0]
            #expect(request.method == "POST")
            #expect(request.headers["content-type"] == "application/json")
            let (system, prompt) = try Self.expectWireShape(kind, model: model, request)
            #expect(system.contains("intermediate") && system.contains("\"priority_corners\""))
            #expect(prompt.contains("Test Raceway") && prompt.contains("\"cornerCount\" : 5"))
        }
    }

    /// Checks the vendor-specific parts of `request`; returns its system text and user prompt.
    static func expectWireShape(_ kind: ProviderKind, model: String,
                                _ request: RecordedRequest) throws -> (system: String, prompt: String) {
        let body = request.json
        switch kind {
        case .anthropic:
            #expect(request.path == "/v1/messages")
            #expect(request.headers["x-api-key"] == "test-key-anthropic")
            #expect(request.headers["anthropic-version"] == "2023-06-01")
            #expect(body["model"]?.string == model)
            #expect(body["max_tokens"]?.number == 4000)
            let message = try #require(body["messages"]?.array?.first)
            #expect(message["role"]?.string == "user")
            return (try #require(body["system"]?.string), try #require(message["content"]?.string))
        case .openai:
            #expect(request.path == "/v1/chat/completions")
            #expect(request.headers["authorization"] == "Bearer test-key-openai")
            #expect(body["model"]?.string == model)
            #expect(body["max_completion_tokens"]?.number == 4000)
            let messages = try #require(body["messages"]?.array)
            try #require(messages.count == 2)
            #expect(messages[0]["role"]?.string == "system" && messages[1]["role"]?.string == "user")
            return (try #require(messages[0]["content"]?.string), try #require(messages[1]["content"]?.string))
        case .google:
            #expect(request.path == "/v1beta/models/\(model):generateContent")
            #expect(request.headers["x-goog-api-key"] == "test-key-google")
            #expect(!request.query.contains("key="), "the key stays out of the URL")
            #expect(body["generationConfig"]?["maxOutputTokens"]?.number == 4000)
            let content = try #require(body["contents"]?.array?.first)
            #expect(content["role"]?.string == "user")
            return (try #require(body["systemInstruction"]?["parts"]?.array?.first?["text"]?.string),
                    try #require(content["parts"]?.array?.first?["text"]?.string))
        }
    }

    @Test func openAIBaseURLWithVersionPathIsNotDoubled() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.openai, .text(.openai, Fixtures.reportJSON()))
            let writer = try stub.writer(keys: [.openai], ["OPENAI_BASE_URL": stub.baseURL + "/v1/"])
            _ = try await writer.write(Fixtures.facts)
            #expect(await stub.requests(to: .openai).map(\.path) == ["/v1/chat/completions"])
        }
    }

    @Test func completeReturnsTheTextAndTheRoute() async throws {
        try await StubLLMServer.run { stub in
            await stub.enqueue(.google, .text(.google, #"{"on_topic": true}"#))
            let llm = try LLMProviders(environment: stub.environment(keys: [.google]), logger: .quiet)
            let answer = try await llm.complete(.topicClassifier, system: "classify", prompt: "How do I fix T5?",
                                                maxTokens: 32, temperature: 0) { $0 }
            #expect(answer.value == #"{"on_topic": true}"#)
            #expect(answer.route == RouteStep(.google, "gemini-2.5-flash"))
            let request = try #require(await stub.requests(to: .google).first)
            #expect(request.json["generationConfig"]?["temperature"]?.number == 0)
        }
    }
}

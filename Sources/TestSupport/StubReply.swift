import CoachingProviders
import Foundation

/// What the stub server answers to one request.
public indirect enum StubReply: Sendable {
    case http(status: Int, body: String, retryAfter: String? = nil)
    /// The reply, after a pause (longer than the provider's timeout, to test timeouts).
    case delayed(Duration, StubReply)

    /// An error status with a small JSON body.
    public static func status(_ code: Int, retryAfter: String? = nil) -> StubReply {
        .http(status: code, body: #"{"error":{"message":"stub error \#(code)"}}"#, retryAfter: retryAfter)
    }

    /// A 200 whose body is not JSON at all.
    public static let brokenEnvelope = StubReply.http(status: 200, body: "{\"content\": [ this is not json")

    /// A successful answer carrying `text`, in the wire format of `kind`, with the token usage the vendor reports.
    public static func text(_ kind: ProviderKind, _ text: String, usage: TokenUsage? = nil) -> StubReply {
        var body: [String: Any] = switch kind {
        case .anthropic: ["id": "msg_stub", "type": "message", "role": "assistant", "stop_reason": "end_turn",
                          "content": [["type": "text", "text": text]]]
        case .openai: ["id": "chatcmpl-stub", "object": "chat.completion",
                       "choices": [["index": 0, "finish_reason": "stop", "message": ["role": "assistant", "content": text]]]]
        case .google: ["candidates": [["finishReason": "STOP", "content": ["role": "model", "parts": [["text": text]]]]]]
        }
        if let usage {
            switch kind {
            case .anthropic: body["usage"] = ["input_tokens": usage.inputTokens, "output_tokens": usage.outputTokens]
            case .openai: body["usage"] = ["prompt_tokens": usage.inputTokens, "completion_tokens": usage.outputTokens,
                                           "total_tokens": usage.inputTokens + usage.outputTokens]
            case .google: body["usageMetadata"] = ["promptTokenCount": usage.inputTokens, "candidatesTokenCount": usage.outputTokens]
            }
        }
        let data = try! JSONSerialization.data(withJSONObject: body)
        return .http(status: 200, body: String(decoding: data, as: UTF8.self))
    }
}

import Foundation
import JSONValues

/// Step 5 of the chat guardrails (platform.md §3.5): a small `topic_classifier` call (32 tokens, temperature 0, the
/// task's 10 s timeout) returning `{"on_topic": bool}`. Fail-open: an unparseable answer or a failed call is on-topic.
public struct TopicClassifier: Sendable {
    let providers: LLMProviders

    public init(providers: LLMProviders) { self.providers = providers }

    static let system = """
        Decide whether a message to a motorsport driving coach is about driving, racing, track days, vehicle dynamics, \
        telemetry or the driver's session. Answer with {"on_topic": true} or {"on_topic": false} and nothing else.
        """

    /// Whether `question` is about driving; true when the classifier cannot say.
    public func isOnTopic(_ question: String) async -> Bool {
        let verdict = try? await providers.complete(.topicClassifier, system: Self.system, prompt: question, maxTokens: 32,
                                                    temperature: 0) { answer -> Bool in
            guard case .bool(let onTopic)? = try JSONExtraction.object(in: answer)["on_topic"] else {
                throw UnparseableOutput("no boolean on_topic")
            }
            return onTopic
        }
        return verdict?.value ?? true
    }
}

/// The deterministic guardrails of a chat message (platform.md §3.5 steps 1–4): blank, too long, Unicode
/// normalisation, jailbreak patterns. Steps 5–6 (the optional LLM topic classifier) belong to the app.
public enum ChatGuardrails {
    /// The longest message answered, in characters of the raw input.
    public static let maxCharacters = 2000

    /// Screens `raw`: blank, too long, off-topic (a jailbreak pattern in the normalised text) or the normalised question.
    public static func screen(_ raw: String) -> ChatScreening {
        if raw.allSatisfy(\.isWhitespace) { return .blank }
        if raw.count > maxCharacters { return .tooLong }
        let text = ChatNormalizer.normalize(raw)
        if text.isEmpty { return .blank }
        if JailbreakPatterns.matches(text) { return .offTopic }
        return .question(text)
    }
}

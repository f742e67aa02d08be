/// What the guardrails make of a chat message (platform.md §3.5 steps 1–4).
public enum ChatScreening: Sendable, Equatable {
    /// Empty, or whitespace and invisible characters only after normalisation.
    case blank
    /// Longer than `ChatGuardrails.maxCharacters` characters (counted on the raw input, before normalisation).
    case tooLong
    /// A jailbreak or prompt-injection pattern matched.
    case offTopic
    /// The normalised question (NFKC, invisible characters removed, trimmed).
    case question(String)
}

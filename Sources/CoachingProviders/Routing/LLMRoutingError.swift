/// A routed call that produced nothing.
public enum LLMRoutingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No provider of the task's chain has a key.
    case unavailable(LLMTask)
    /// Every provider of the chain failed; one line per provider, `provider:model: error`.
    case exhausted(LLMTask, failures: [String])

    public var description: String {
        switch self {
        case .unavailable(let task): "no LLM provider key for \(task.rawValue)"
        case .exhausted(let task, let failures): "every provider failed for \(task.rawValue): \(failures.joined(separator: "; "))"
        }
    }
}

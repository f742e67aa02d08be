/// What an insert did: stored a new session, or found the caller's existing copy of the same bytes.
public enum SessionInsertOutcome: Sendable, Equatable {
    case created(SessionRecord)
    case duplicate(SessionRecord)
}

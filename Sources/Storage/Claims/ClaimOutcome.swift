/// What claiming an anonymous upload came to.
public enum ClaimOutcome: Sendable, Equatable {
    /// The session is the caller's now.
    case claimed(SessionRecord)
    /// It was the caller's already (a retried claim).
    case alreadyYours(SessionRecord)
    /// No unclaimed, unexpired session with this id and token: one answer whatever the reason.
    case notFound
}

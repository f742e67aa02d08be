/// Section feedback, one row per (session, user, section). Callers pass sessions they already authorized.
public protocol CoachingFeedbackStore: Sendable {
    /// Replaces the user's rating of the section in one transaction; a rating of 0 only removes it.
    func set(_ feedback: SectionFeedback) async throws
    /// The user's feedback on the session, by section.
    func feedback(sessionID: String, userID: String) async throws -> [SectionFeedback]
}

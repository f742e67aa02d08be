/// Follow-up chat conversations, one per (session, user) (platform.md §3.5 "New", weak point 22). Callers pass
/// sessions they already authorized.
public protocol CoachingChatStore: Sendable {
    /// The user's conversation about the session, oldest first.
    func conversation(sessionID: String, userID: String) async throws -> [ChatMessage]
    /// Appends `messages` in order, then keeps only the seed and the last `keep` other messages, in one transaction.
    func append(_ messages: [ChatMessage], sessionID: String, userID: String, keep: Int) async throws
}

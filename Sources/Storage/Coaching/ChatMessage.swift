import Foundation

/// One message of a follow-up chat about a session's coaching report (platform.md §3.5).
public struct ChatMessage: Sendable, Equatable {
    /// Who wrote it.
    public enum Role: String, Sendable, Equatable { case user, assistant }

    public var role: Role
    public var content: String
    /// The assistant message that opens a conversation with the report's summary; kept when the history is trimmed.
    public var seed: Bool
    public var createdAt: Date

    public init(role: Role, content: String, seed: Bool = false, createdAt: Date) {
        self.role = role
        self.content = content
        self.seed = seed
        self.createdAt = createdAt
    }
}
